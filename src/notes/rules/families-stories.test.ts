// Failure and degradation stories told in the ways the seventh and eighth
// held-out sets showed: each test builds its own sentences for one family,
// about a bakery's ordering model none of the sets describes.
import { describe, expect, it } from 'vitest';
import { notesKit } from '../../../test/helpers/notes.js';
import { analyseNotes } from '../analyse.js';
import { sentencesOf } from '../sentences.js';
import type { Answer } from './common.js';
import { degradationFindings } from './degradation.js';
import { failureFindings } from './failure.js';
import { specificityFindings } from './specificity.js';
import { getTerms } from '../terms.js';

function answer(text: string): Answer {
  const sentences = sentencesOf([{ text, place: { line: 1 } }]);
  return { sentences, words: sentences.reduce((n, s) => n + s.words, 0) };
}
const failure = (text: string) => failureFindings(answer(text)).map((f) => f.rule);
const degradation = (text: string) => degradationFindings(answer(text)).map((f) => f.rule);
const vague = (text: string) => specificityFindings(answer(text), { terms: getTerms() }).length > 0;

const WRONG = 'The bakery ordering model sent twice the flour to the small shops for a month.';
const CHANGE = 'Since then every order file gets a row count check before it goes out.';

describe('notes/rules: a failure said in new ways', () => {
  it.each([
    ['rows dropped', 'The join dropped a third of the rows and the weekly report went out like that.'],
    ['results that came out down', 'Three months later sales were actually down about eight percent.'],
    ['something that turned out wrong', 'It turned out the test set had next week in it.'],
    ['data overwritten', 'The nightly job overwrote the good model with an experiment.'],
  ])('finds a failure in %s', (_name, sentence) => {
    expect(failure(`${sentence} That was my change. ${CHANGE}`)).toEqual([]);
  });

  it.each([
    ['"nothing that I can think of"', "Not really. Nothing's failed that I can think of."],
    ['"not that I can remember"', 'Not that I can remember, no.'],
  ])('reads %s as no failure', (_name, said) => {
    expect(failure(said)).toEqual(['no_failure']);
  });
});

describe('notes/rules: the candidate owning their part', () => {
  it.each([
    ['"that was my config"', 'That was my config.'],
    ['"it was my code"', 'It was my code and I had only tested it with round numbers.'],
    ['"that was entirely me"', 'That was entirely me.'],
    ['a bad call made', 'I made a bad call on the flour supplier.'],
    ['responsibility taken', 'I took responsibility for it with the shops.'],
    ['a wrong act, instead of the right one', 'I ran the cleanup against the live database instead of the copy.'],
    ['a setting put too low', 'I set the memory limit too low.'],
    ['a mix-up', 'I mixed up kilos and sacks.'],
    ['an overwrite', 'I overwrote the good file by hand.'],
  ])('finds ownership in %s', (_name, sentence) => {
    expect(failure(`${WRONG} ${sentence} ${CHANGE}`)).toEqual([]);
  });

  it.each([
    ['the setting of the story', `It was my first job. ${WRONG} The shop managers never checked it. ${CHANGE}`],
    ['a tool blamed', `Pandas silently turned the shop ids into floats and the join dropped a third of the rows. Honestly pandas should warn you. ${CHANGE}`],
    ['what joined the team', `I joined the team and the old model was too slow. ${WRONG} ${CHANGE}`],
  ])('finds no ownership in %s', (_name, said) => {
    expect(failure(said)).toEqual(['no_ownership']);
  });

  it.each([
    ['caring too much', 'Honestly my biggest failure is that I care too much about the work. So I learned to pace myself a bit more.'],
    ['spending too long', 'I sometimes spend too long polishing things before I show them. Now I show drafts earlier.'],
  ])('reads %s as a disguised strength', (_name, said) => {
    expect(failure(said)).toEqual(['no_failure']);
  });
});

describe('notes/rules: a change since, or only a lesson', () => {
  it.each([
    ['a decision said impersonally', 'After that it was decided that every order file would be checked by two people.'],
    ['the first thing they do now', 'Now the first thing I do on a new shop is compare its orders with last year.'],
  ])('finds a change in %s', (_name, sentence) => {
    expect(failure(`${WRONG} That was my mistake. ${sentence}`)).toEqual([]);
  });

  it.each([
    ['a longer general lesson', 'Now I am a lot more careful about things before I commit.'],
    ['a hypothetical lesson', "I don't know, I guess I'd just be more careful now."],
  ])('finds no change in %s', (_name, sentence) => {
    expect(failure(`${WRONG} That was my mistake. ${sentence}`)).toEqual(['no_change']);
  });

  it('does not take the story it opens with for a habit since', () => {
    expect(failure('I built a yield model for a farm group and I picked the wrong target, so the big fields always came out best. That was my mistake.')).toEqual(['no_change']);
  });
});

const NOTICED = 'The shop managers rang us about it.';
const DONE = 'We retrained it on the new months.';

describe('notes/rules: a model gone bad, said in new ways', () => {
  it.each([
    ['went badly wrong', 'Our bread forecast went badly wrong in the heatwave, it was under by about forty percent.'],
    ['stopped working', 'It sort of stopped working after the till system moved, about a third of the orders were lost.'],
    ['lost accuracy', 'The forecast lost about thirty percent accuracy after the lockdown.'],
    ['a movement said with a filler', 'Late deliveries went from like one in ten to like one in four.'],
    ['a movement in a bare tense', 'Late deliveries go from one of ten to one of four.'],
  ])('finds a case with its measure in %s', (_name, sentence) => {
    expect(degradation(`${sentence} ${NOTICED} ${DONE}`)).toEqual([]);
  });

  it.each([
    ['cases that looked random', 'The cases it flagged looked random.'],
    ['inputs scaled wrong', 'Every input was scaled wrong.'],
    ['letters to the wrong people', 'The reminder letters were going to the wrong people.'],
  ])('finds a case without a measure in %s', (_name, sentence) => {
    expect(degradation(`${sentence} ${NOTICED} ${DONE}`)).toEqual(['no_metric']);
  });

  it.each([
    ['what they will do', "I didn't have a model degrade until now. What I will do is watch the inputs, so it never becomes too stale."],
    ['what they would do', "I haven't had one degrade yet. But what I would do is retrain every month so it never gets too stale."],
  ])('finds no case in %s', (_name, said) => {
    expect(degradation(said)).toEqual(['no_degradation_example']);
  });

  it('reads the threshold of a check set up since as no measure of the drop', () => {
    expect(degradation(`It stopped working after the tills moved. ${NOTICED} We added a daily check, so if the count jumps by more than ten percent the job stops.`)).toEqual(['no_metric']);
  });

  it('reads what they would have done as no action', () => {
    expect(degradation(`Bread sales went up about fifty percent and the forecast was way under. ${NOTICED} If I'd had more time I would have retrained it.`)).toEqual(['no_action']);
    expect(degradation(`Bread sales went up about fifty percent and the forecast was way under. ${NOTICED} I'd retrained it by the Friday.`)).toEqual([]);
  });
});

describe('notes/rules: specifics and stock lines', () => {
  it.each([
    ['a schedule said as an adjective', "I haven't had one degrade yet, to be honest. What I would do is watch the inputs with something like PSI and retrain on a monthly schedule so it never gets too stale."],
    ['a time of day', 'On the bread model I was staying until midnight most of that month to get it perfect, and my manager had to tell me to go home. I learned to pace myself a bit more.'],
  ])('finds %s specific', (_name, said) => {
    expect(vague(said)).toBe(false);
  });

  it.each([
    ['"if you train a model well" with no specifics', "Honestly if you train a model well, with enough data and good validation, it shouldn't really degrade. I've never seen it happen."],
    ['stock lines with only "last year"', 'Yes, last year a bread model we had for a client degraded, as they all do. The world changes and the data changes with it. We dealt with it as a team and learned a lot.'],
  ])('finds %s vague', (_name, said) => {
    expect(vague(said)).toBe(true);
  });

  it('keeps "last year" specific beside one stock phrase, and an invitation to look as no hypothetical', () => {
    expect(vague('Last year our bread model for the shops got worse after the new oven came, and we moved the bake times back by hand as a team.')).toBe(false);
    expect(vague('If you look at my repositories, everything is proper packages with a command-line tool, nothing lives in a notebook.')).toBe(false);
  });
});

describe('notes/rules: a measure, how it was noticed and what was done, kept apart from the rest of the story', () => {
  const GOT_WORSE = 'In March the bread forecast jumped by about a third for no reason.';

  it('reads a part of a quantity and a move in words as a measure, and how long it took to notice as none', () => {
    expect(degradation(`${GOT_WORSE} ${NOTICED} ${DONE}`)).toEqual([]);
    expect(degradation(`The forecast error went from about two loaves a shop to six. ${NOTICED} ${DONE}`)).toEqual([]);
    expect(degradation(`The forecast went wrong after the tills moved. It took us nine days to find it. ${NOTICED} ${DONE}`)).toEqual(['no_metric']);
  });

  it.each([
    ['someone else noticing', 'The drivers noticed first.'],
    ['a gap flagged by someone', 'The head baker flagged the gap in her daily count.'],
    ['telling a manager', 'The drivers told the depot manager.'],
    ['phoning a desk of theirs', 'The shops were phoning our order desk.'],
    ['a review where it came up', 'The operations lead raised it in our weekly review.'],
  ])('finds how it was noticed in %s', (_name, sentence) => {
    expect(degradation(`${GOT_WORSE} ${sentence} ${DONE}`)).toEqual([]);
  });

  it.each([
    ['"we noticed" alone', 'We noticed.'],
    ['monitoring that was not there', 'Nobody had an alert on it.'],
    ['an alert set up afterwards', 'We retrained it and added an alert if the forecast moves by more than ten percent.'],
    ['a check that has fired since', 'I added a range check on the input, and that check has fired twice since.'],
  ])('finds no detection in %s', (_name, sentence) => {
    expect(degradation(`${GOT_WORSE} ${sentence} ${DONE}`)).toEqual(['no_detection']);
  });

  it('takes monitoring set up before the trouble as how it was noticed', () => {
    expect(degradation('I had set up weekly drift reports on the inputs, and in May the report showed the flour input had shifted by about a third. We retrained it.')).toEqual([]);
  });

  it("does not take the model's history before the trouble for what was done about it", () => {
    expect(degradation(`We trained and deployed the model in 2021. ${GOT_WORSE} ${NOTICED}`)).toEqual(['no_action']);
  });
});

describe('notes/rules: more ways a model goes bad, and actions that are none', () => {
  it.each([
    ['tanked', 'After the new menu, the bread forecast tanked, about a third of the shops ran out.'],
    ['all over the place', 'After the new menu, the forecasts were all over the place, about a third of the shops ran out.'],
  ])('finds a case in %s', (_name, sentence) => {
    expect(degradation(`${sentence} ${NOTICED} ${DONE}`)).toEqual([]);
  });

  it.each([
    ['moving on', 'We moved on to the next project.'],
    ['changing nothing', 'We changed nothing, it was the end of the season.'],
    ['what was not done', "We didn't retrain it because the season was over."],
  ])('finds no action in %s', (_name, sentence) => {
    expect(degradation(`Bread sales went up about fifty percent and the forecast was way under. ${NOTICED} ${sentence}`)).toEqual(['no_action']);
  });

  it('takes the action in another clause beside one not done', () => {
    expect(degradation(`Bread sales went up about fifty percent and the forecast was way under. ${NOTICED} We didn't retrain it, we rolled it back.`)).toEqual([]);
  });
});

describe('notes: a story told concretely in plain words is not vague', () => {
  const rulesFor = (question: string, said: string) => {
    const kit = notesKit([question]);
    const prompt = kit.rounds[0].questions[0].prompt;
    return analyseNotes({ text: `Q: ${prompt}\nA: ${said}`, format: 'text' }, kit).answers[0].findings.map((f) => f.rule);
  };

  it('reads a failure with its own part and a change, and one stock phrase, as specific', () => {
    expect(rulesFor('rf-failure-learned', 'I sent the small shops twice the flour they needed because I read the order in sacks instead of kilos. That was my mistake, a bit embarrassing. Since then every order file gets a unit check before it goes out.')).toEqual([]);
  });

  it('still reads a failure story of stock phrases as vague', () => {
    expect(rulesFor('rf-failure-learned', 'Things did not go as planned on a project because of various issues. We learned a lot as a team. Going forward we try to communicate better.')).toContain('vague');
  });
});
