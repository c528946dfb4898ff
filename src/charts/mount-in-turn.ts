// Charts drawn one after another, each in its own task: a screen with several Recharts charts would
// otherwise mount them all in one commit, and Recharts' own store updates then re-render every chart in
// that same task (a long task at government scale).

import { useEffect, useState } from 'react';

const waiting: (() => void)[] = [];
let busy = false;

/** Lets the next waiting chart mount, in a task of its own. */
function releaseNext(): void {
  const next = waiting.shift();
  if (!next) {
    busy = false;
    return;
  }
  busy = true;
  setTimeout(next, 0);
}

/**
 * False on the first render; true once it is this chart's turn: charts mount in the order they asked,
 * one per task, the next after the previous has been drawn (its effects ran). A chart asks for its turn
 * once `canStart` (its frame knows the width to draw at). A chart that unmounts before its turn gives its
 * turn to the next.
 */
export function useMountInTurn(canStart = true): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!canStart) return;
    let live = true;
    waiting.push(() => {
      if (live) setReady(true);
      else releaseNext();
    });
    if (!busy) releaseNext();
    return () => {
      live = false;
    };
  }, [canStart]);
  useEffect(() => {
    if (ready) releaseNext();
  }, [ready]);
  return ready;
}

/**
 * False on the first render, true from the next task on: a chart draws its bars first and what it can do
 * without (segment labels) in a task of its own, so one chart's mount is two shorter tasks.
 */
export function useNextTask(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const id = setTimeout(() => setReady(true), 0);
    return () => clearTimeout(id);
  }, []);
  return ready;
}
