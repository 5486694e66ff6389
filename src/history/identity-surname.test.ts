// Issue 14, review on real people: the candidate's own older addresses were
// named as co-authors, "silversurfer0 <vova.kuzmenkov@…>" beside Vladimir
// Kuzmenkov and "shojaei <shojaei1377…@…>" beside Mohammad Shojaei. An author
// under one word (a login, a nickname, a first name) at a personal address
// that spells the candidate's surname with their first initial, or whose one
// word is the surname at an address carrying it, is the candidate. A
// different full name never is, nor a short common surname.
import { describe, expect, it } from 'vitest';
import { buildMatcher } from './identity.js';

const vladimir = buildMatcher({ emails: [], names: ['quicksilver0', 'Vladimir Kuzmenkov'] });
const mohammad = buildMatcher({ emails: [], names: ['mshojaei77', 'Mohammad Shojaei'] });

describe('history/identity: the candidate by surname and initial', () => {
  it.each([
    ['silversurfer0', 'vova.kuzmenkov@gmail.com'],
    ['Vladimir', 'vova.kuzmenkov0@gmail.com'],
    ['vk', 'vkuzmenkov@proton.me'],
    ['kuzmenkov', 'kuzmenkov.v@gmail.com'],
  ])('%s <%s> is Vladimir Kuzmenkov', (name, email) => {
    expect(vladimir(name, email)).toBe(true);
  });

  it('a one-word name that is the surname, at an address carrying it', () => {
    expect(mohammad('shojaei', 'shojaei13771806@gmail.com')).toBe(true);
  });

  it.each([
    ['Victoria Kuzmenkova', 'vkuzmenkov@gmail.com', 'a different full name'],
    ['silversurfer0', 'surfer@gmail.com', 'no surname in the address'],
    ['kuzmenkov', 'kuzmenkov@users.noreply.github.com', 'a noreply address is an account, matched by login only'],
    ['dima', 'd.kuzmenkov@gmail.com', 'the surname with another initial'],
    ['silversurfer0', 'vova.kuzmenkov@localhost', 'a machine-made address'],
  ])('%s <%s> is not Vladimir Kuzmenkov (%s)', (name, email) => {
    expect(vladimir(name, email)).toBe(false);
  });

  it('a surname of fewer than four letters carries no address', () => {
    const li = buildMatcher({ emails: [], names: ['Wei Li'] });

    expect(li('wl', 'wli@gmail.com')).toBe(false);
    expect(li('li', 'li.wei@gmail.com')).toBe(false);
  });

  it('a personal mailbox named as the login given is that account holder (P1: arashabzd@gmail.com for GitHub arashabzd)', () => {
    const arash = buildMatcher({ emails: [], names: ['arashabzd'] });

    expect(arash('Arash A', 'arashabzd@gmail.com')).toBe(true);
    expect(arash('Someone', 'arashabzd@users.noreply.github.com')).toBe(true);
    // Not a shared mailbox, nor a short login anyone could have as a mailbox.
    expect(buildMatcher({ emails: [], names: ['admin'] })('Ops Team', 'admin@corp.com')).toBe(false);
    expect(buildMatcher({ emails: [], names: ['jo'] })('Someone', 'jo@gmail.com')).toBe(false);
  });
});
