/** Styles inside the card's shadow root; page CSS cannot reach them. */
export const CARD_CSS = `
:host { all: initial; }
.card {
  box-sizing: border-box;
  position: relative;
  max-height: inherit;
  overflow: auto;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  color: #1d2330;
  background: #ffffff;
  border: 1px solid #c9cfda;
  border-radius: 10px;
  box-shadow: 0 10px 30px rgba(16, 24, 40, 0.22);
  padding: 12px 14px 10px;
  text-align: start;
  direction: ltr;
}
.close {
  position: absolute; top: 6px; inset-inline-end: 6px;
  width: 28px; height: 28px; border: 0; border-radius: 6px;
  background: transparent; color: #4a5263; font: 20px/1 system-ui, sans-serif; cursor: pointer;
}
.close:hover, .close:focus-visible { background: #eef1f6; outline: 2px solid #2f5fd0; outline-offset: -2px; }
.entity-kind {
  margin: 0 0 2px; font-size: 11px; letter-spacing: .06em; text-transform: uppercase; font-weight: 600;
}
.entity-person .entity-kind { color: #8a4b00; }
.entity-organization .entity-kind { color: #1f5a99; }
.entity-name { margin: 0 28px 4px 0; font-size: 17px; line-height: 1.3; font-weight: 700; }
.entity-abbr { font-weight: 500; color: #4a5263; }
.entity-other-names { list-style: none; margin: 0 0 8px; padding: 0; color: #3b4354; }
.entity-other-names li { margin: 1px 0; }
.lang-tag {
  display: inline-block; min-width: 22px; margin-inline-end: 6px; padding: 0 4px; border-radius: 4px;
  background: #eef1f6; color: #4a5263; font-size: 10px; font-weight: 700; text-align: center; vertical-align: 1px;
}
.entity-former { margin: 0 0 6px; color: #4a5263; font-style: italic; }
.entity-offices { list-style: none; margin: 0 0 8px; padding: 0; }
.office { margin: 2px 0; }
.office-title { font-weight: 600; }
.office-former .office-title { font-weight: 500; color: #3b4354; }
.office-dates { display: block; color: #4a5263; font-size: 12.5px; }
.office-uncertain { display: inline-block; margin-inline-start: 6px; color: #8a4b00; font-size: 12px; }
.entity-description { margin: 0 0 8px; }
.entity-footer { display: flex; justify-content: space-between; gap: 12px; margin: 0; font-size: 12.5px; color: #4a5263; }
.entity-wikipedia { color: #1f5a99; }
@media (prefers-color-scheme: dark) {
  .card { color: #e8ebf2; background: #1f2430; border-color: #3a4254; }
  .close { color: #c4cad6; }
  .close:hover, .close:focus-visible { background: #2c3342; }
  .entity-person .entity-kind { color: #f0b36b; }
  .entity-organization .entity-kind { color: #8ab8f0; }
  .entity-abbr, .entity-former, .office-dates, .entity-footer, .entity-other-names, .office-former .office-title { color: #b9c0ce; }
  .lang-tag { background: #2c3342; color: #c4cad6; }
  .entity-wikipedia { color: #8ab8f0; }
}
`;
