/** Greedy placement of map labels: try slots above and below the anchor until one is free. */
export interface LabelBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlaps = (a: LabelBox, b: LabelBox) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

export function placeLabel(
  anchor: [number, number],
  w: number,
  h: number,
  placed: LabelBox[],
  bounds: LabelBox,
): LabelBox {
  const offsets = [0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6];
  for (const side of [1, -1]) {
    for (const k of offsets) {
      const x = side > 0 ? anchor[0] + 8 : anchor[0] - 8 - w;
      const box = { x, y: anchor[1] - h / 2 + k * (h + 2), w, h };
      const inside = box.x >= bounds.x && box.y >= bounds.y && box.x + w <= bounds.x + bounds.w && box.y + h <= bounds.y + bounds.h;
      if (inside && !placed.some((p) => overlaps(p, box))) {
        placed.push(box);
        return box;
      }
    }
  }
  const box = { x: anchor[0] + 8, y: anchor[1] - h / 2, w, h };
  placed.push(box);
  return box;
}
