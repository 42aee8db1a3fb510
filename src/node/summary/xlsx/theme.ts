// xl/theme/theme1.xml: the Office theme (its colours and fonts: Cambria for headings, Calibri for
// the body, which is the workbook's default font), with the fewest format entries the schema
// allows. Only the default font refers to it (its colour, theme 1, is the theme's dark 1: black).
const srgb = (name: string, rgb: string) => `<a:${name}><a:srgbClr val="${rgb}"/></a:${name}>`;
const fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';
const line = `<a:ln w="9525" cap="flat" cmpd="sng" algn="ctr">${fill}<a:prstDash val="solid"/></a:ln>`;
const fonts = (latin: string) => `<a:latin typeface="${latin}"/><a:ea typeface=""/><a:cs typeface=""/>`;

export const THEME_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>' +
  '<a:clrScheme name="Office">' +
  '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' +
  srgb('dk2', '1F497D') +
  srgb('lt2', 'EEECE1') +
  srgb('accent1', '4F81BD') +
  srgb('accent2', 'C0504D') +
  srgb('accent3', '9BBB59') +
  srgb('accent4', '8064A2') +
  srgb('accent5', '4BACC6') +
  srgb('accent6', 'F79646') +
  srgb('hlink', '0000FF') +
  srgb('folHlink', '800080') +
  '</a:clrScheme>' +
  `<a:fontScheme name="Office"><a:majorFont>${fonts('Cambria')}</a:majorFont><a:minorFont>${fonts('Calibri')}</a:minorFont></a:fontScheme>` +
  '<a:fmtScheme name="Office">' +
  `<a:fillStyleLst>${fill}${fill}${fill}</a:fillStyleLst>` +
  `<a:lnStyleLst>${line}${line}${line}</a:lnStyleLst>` +
  '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>' +
  `<a:bgFillStyleLst>${fill}${fill}${fill}</a:bgFillStyleLst>` +
  '</a:fmtScheme>' +
  '</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>';
