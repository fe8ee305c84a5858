// Text and attribute values for the XML files the build writes (frab schedule.xml, sitemap.xml).

/** Characters XML 1.0 cannot carry at all (control characters, U+FFFE/U+FFFF, lone surrogates) are dropped. */
function xmlChars(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    "",
  );
}

export function xmlText(text: string): string {
  return xmlChars(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}

export function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
}
