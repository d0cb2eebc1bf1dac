export * from './term-list';
