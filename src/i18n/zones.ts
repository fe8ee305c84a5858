// Zone names as ICU writes them in a language: catalogues that name a zone by its region use this.

/** The zone's generic name in the language ("Mitteleuropäische Zeit" for Europe/Berlin in German). */
export function genericZoneName(zone: string, locale: string, at: Date): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: "longGeneric" }).formatToParts(at).find((p) => p.type === "timeZoneName");
  return part?.value ?? zone;
}
