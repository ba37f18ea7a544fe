package net.scratchnet.train;

/**
 * What one training step saw.
 *
 * @param epoch            0-based epoch the batch belongs to
 * @param batch            0-based index of the batch within its epoch
 * @param batchesPerEpoch  how many batches make one epoch
 * @param size             examples in this batch (the last one of an epoch may be smaller)
 * @param loss             mean loss over the batch, before the update
 * @param correct          examples the network classified right, before the update
 * @param diverged         the loss was NaN or infinite: the update was not made and the weights were put back
 *                         to the last ones that gave a finite loss
 */
public record BatchResult(int epoch, int batch, int batchesPerEpoch, int size, float loss, int correct,
                          boolean diverged) {
    /** True when this batch finished its epoch. */
    public boolean endsEpoch() {
        return batch + 1 == batchesPerEpoch;
    }
}
