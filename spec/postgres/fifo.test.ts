// The relay's FIFO: order kept across compactions, removal anywhere, iteration of what is left.
import { describe, expect, it } from "vitest";
import { Fifo } from "../../proxy/postgres/fifo.js";

describe("Fifo", () => {
  it("keeps order through many pushes and shifts", () => {
    const q = new Fifo<number>();
    const model: number[] = [];
    let next = 0;
    for (let round = 0; round < 50; round++) {
      const pushes = (round * 7919) % 3000;
      for (let i = 0; i < pushes; i++) (q.push(next), model.push(next++));
      const shifts = (round * 104729) % 3500;
      for (let i = 0; i < shifts; i++) expect(q.shift()).toBe(model.shift());
      expect(q.length).toBe(model.length);
      expect(q.peek()).toBe(model[0]);
    }
    expect([...q]).toEqual(model);
    expect(q.remove(model[5]!)).toBe(model.length > 5);
    if (model.length > 5) model.splice(5, 1);
    expect([...q]).toEqual(model);
    q.clear();
    expect(q.length).toBe(0);
    expect(q.shift()).toBeUndefined();
  });
});
