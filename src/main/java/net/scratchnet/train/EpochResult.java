package net.scratchnet.train;

/**
 * What one pass over the training set saw.
 *
 * @param epoch          0-based
 * @param loss           mean training loss over the epoch's examples (each measured just before its own update)
 * @param trainAccuracy  fraction of training examples classified right during the epoch, 0..1
 * @param examples       examples seen
 */
public record EpochResult(int epoch, float loss, float trainAccuracy, int examples) {
}
