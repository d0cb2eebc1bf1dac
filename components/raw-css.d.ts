// Vite's ?raw imports: the file's text as a string (used for the highlight colours' author sheet).
declare module '*.css?raw' {
  const text: string;
  export default text;
}
