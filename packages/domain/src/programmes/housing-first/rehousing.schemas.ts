import { z } from 'zod';
import { isoDate, optionalText } from '../../shared/validation';

/**
 * HF-3.2.6 the move to the dwelling chosen in a re-housing round: the day of the move. The old
 * dwelling becomes available again, the new one occupied, and the round closes.
 */
export const recordRehousingMoveSchema = z.object({
  movedOn: isoDate,
  note: optionalText(1000),
}).strict();
