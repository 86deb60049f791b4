import { describe, expect, it } from 'vitest';
import { classifyInbound } from '../../../../src/core/timeline';

const at = Date.UTC(2026, 10, 23, 10);
const kind = (body: string, subject = 'Re: proposal') => classifyInbound({ subject, body, from: 'dana@brightpath.io', receivedAt: at }).kind;

describe('out-of-office phrasing as people write it', () => {
  it.each([
    'Ich bin bis zum 30.11.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails.',
    'Vom 1. bis 5. Dezember bin ich nicht im Büro.',
    'I will be out of the office until December 3 with limited access to email.',
    "I'll be on vacation until Monday.",
    "Je serai absente jusqu'au 3 décembre.",
  ])('recognises %s', (body) => expect(kind(body)).toBe('auto-reply'));

  it.each([
    'Ich bin gespannt, was ihr sagt. Bis bald!',
    'I am out of ideas, to be honest. Can we talk Tuesday?',
    'I will be in the office on Monday, come by.',
  ])('keeps %s a real reply', (body) => expect(kind(body)).toBe('message'));
});
