// Cadence steps as a person types them: "3, 7, 14".

/** "3, 7, 14" into [3, 7, 14]; null unless one to ten whole numbers of days from 1 to 365. */
export function parseStepsText(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (parts.length === 0 || parts.length > 10) return null;
  const days = parts.map(Number);
  return days.every((d) => Number.isInteger(d) && d >= 1 && d <= 365) ? days : null;
}
