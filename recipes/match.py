"""What a locator returns: a place on the screen where a target's anchor was seen."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Match:
    """An anchor seen at a box (screen pixels) with a score in 0..1.

    `scale` is the size the anchor was found at relative to when it was recorded (1.0 when
    unknown); the runner multiplies the target's `offset` by it. `how` says which way it was found
    (`patch`, `ocr`, `image`, `point`), `label` what was read there (for messages).
    """

    x: int
    y: int
    w: int
    h: int
    score: float
    scale: float = 1.0
    how: str = ""
    label: str = ""

    @property
    def centre(self) -> tuple[int, int]:
        return (self.x + self.w // 2, self.y + self.h // 2)

    def point(self, offset: tuple[int, int] = (0, 0)) -> tuple[int, int]:
        """The point acted on: the centre plus the offset scaled to the size found."""
        cx, cy = self.centre
        return (round(cx + offset[0] * self.scale), round(cy + offset[1] * self.scale))
