import { describe, expect, it } from 'vitest';
import { formsWords, isGeneratorStamp } from './words.js';

describe('cv/words', () => {
  it.each([
    ['\u2022', false],
    ['\u25cf \u25aa \u2013 |', false],
    ['\uf0b7\uf0e0', false],
    ['\u200b\u200b', false],
    ['\ufb01', false],
    ['o', false],
    ['R', false],
    ['\u{1F4E7} \u260e', false],
    ['Kubernetes', true],
    ['de\ufb01ned', true],
    ['\u6570\u636e', true],
  ])('formsWords(%j) is %s', (text, expected) => {
    expect(formsWords(text)).toBe(expected);
  });

  it.each([
    ['Powered by TCPDF (www.tcpdf.org)', true],
    ['Made with FlowCV', true],
    ['Created with Canva', true],
    ['Kubernetes TensorFlow', false],
    ['Built with Kubernetes', false],
    ['LaTeX Python Docker', false],
  ])('isGeneratorStamp(%j) is %s', (text, expected) => {
    expect(isGeneratorStamp(text)).toBe(expected);
  });
});
