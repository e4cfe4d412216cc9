import { Injectable } from '@nestjs/common';

/** The time, from one place, so tests can move it (scheduling, overdue, due dates). */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
