/** The name of the performance mark the app sets when the timeline's first render of a dataset is on screen. */
export const READY_MARK = 'timeline-ready';

/** The window every benchmark page is loaded in: a desktop's. */
export const BENCH_VIEWPORT = { width: 1440, height: 900 };
