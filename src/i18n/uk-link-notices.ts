import type { enLinkNotices } from './en-link-notices.ts';
import { plural } from './plural.ts';

const number = (n: number) => n.toLocaleString('uk');
const ignored = (key: string, value: string) => `Пропущено ${key}="${value}": `;
const steps = plural('uk', { one: '# крок', few: '# кроки', many: '# кроків', other: '# кроку' });

/** The notices about ignored parts of a link in Ukrainian (en-link-notices.ts); keys and values stay as written. */
export const ukLinkNotices: typeof enLinkNotices = {
  linkNotOneOf: (key, value, allowed) => `${ignored(key, value)}очікується одне з ${allowed}.`,
  linkQuoted: (value) => `«${value}»`,
  linkAndMore: (quoted, more) => `${quoted} і ще ${number(more)}`,
  linkBadValues: (_key, quoted) => `значення ${quoted}`,
  linkPastLimit: (over, limit) =>
    `${plural('uk', { one: '# значення', few: '# значення', many: '# значень', other: '# значення' })(over)} понад перші ${number(limit)}`,
  linkAnd: ' та ',
  linkIgnoredIn: (problems, key) => `Пропущено ${problems} у ${key}=.`,
  linkBadDate: (key, value) => `${ignored(key, value)}очікується дата на зразок 2025-03-11.`,
  linkBadId: (key, value) => `${ignored(key, value)}це не ідентифікатор.`,
  linkHalfWindow:
    'Пропущено період: потрібні обидва параметри, start= і end=, і start має бути раніше за end.',
  linkStepWithoutStory: (step) => `${ignored('step', step)}потрібен параметр story=.`,
  linkBadStep: (step) => `${ignored('step', step)}очікується номер кроку, як-от 3; починаємо з кроку 1.`,
  linkUnknownId: (key, value) =>
    `${ignored(key, value)}${key === 'round' ? 'такого раунду' : 'такого документа'} в цьому наборі даних немає.`,
  linkUnknownStory: (id, known) =>
    `${ignored('story', id)}такої історії немає (відомі: ${known || 'немає'}).`,
  linkStoryWithoutSteps: (id) => `${ignored('story', id)}в історії немає кроків.`,
  linkNoSuchStep: (step, title, count) => `Кроку ${step} немає: в історії «${title}» ${steps(count)}.`,
};
