import type { StoryPosition, ViewState } from '../../state/view-state.ts';
import type { HostMessage } from './embed-protocol.ts';

/** A story as the bridge needs it: enough to check a step command and to name the step in its event. */
export interface StoryOutline {
  id: string;
  title: string;
  headings: readonly string[];
}

/** What a batch of commands is checked against: the loaded dataset, as the bridge sees it. */
export interface CommandContext {
  knownRoundIds: ReadonlySet<string>;
  stories: readonly StoryOutline[];
  /**
   * The view a story step shows, from `base`. Without it a step command only sets the position and the story
   * driver shows the step after the next render; with it the step's view is part of the same update, so a
   * command after the step in the same batch (a round selected) is applied on top of it, not undone by it.
   */
  stepView?: ((position: StoryPosition, base: ViewState) => ViewState | null) | undefined;
}

/** The commands a batch can hold: everything but get-state, which the bridge answers itself. */
export type ViewCommand = Exclude<HostMessage, { type: 'parley:get-state' }>;

/**
 * Applies host commands in order to a copy of the view, as if each had been applied on its own, and returns
 * the resulting view with the errors to report, in command order.
 * Pure and cheap per command, so a burst of thousands costs one state update and one render, not thousands.
 */
export function applyHostCommands(
  start: ViewState,
  commands: readonly ViewCommand[],
  context: CommandContext,
): { view: ViewState; errors: string[] } {
  let view = start;
  const errors: string[] = [];
  for (const command of commands) {
    const next = applyOne(view, command, context);
    if (typeof next === 'string') errors.push(next);
    else view = next;
  }
  return { view, errors };
}

/** One command: the next view, or the reason it could not be carried out. */
function applyOne(view: ViewState, command: ViewCommand, context: CommandContext): ViewState | string {
  switch (command.type) {
    case 'parley:select-round':
      return context.knownRoundIds.has(command.round)
        ? { ...view, round: command.round }
        : `unknown round "${command.round}"`;
    case 'parley:clear-selection':
      return { ...view, round: null };
    case 'parley:set-filters':
      return { ...view, filters: { ...view.filters, ...command.filters } };
    case 'parley:set-window':
      return { ...view, window: command.start === null ? null : { start: command.start, end: command.end } };
    case 'parley:set-theme':
      return { ...view, theme: command.theme };
    case 'parley:exit-story':
      return { ...view, story: null };
    case 'parley:go-to-step': {
      const id = command.story ?? view.story?.id ?? context.stories[0]?.id;
      const story = context.stories.find((s) => s.id === id);
      if (!story) return id === undefined ? 'this dataset has no stories' : `unknown story "${id}"`;
      if (command.step > story.headings.length) {
        return `story "${story.id}" has ${story.headings.length} steps; there is no step ${command.step}`;
      }
      const position = { id: story.id, step: command.step };
      return context.stepView?.(position, view) ?? { ...view, story: position };
    }
  }
}
