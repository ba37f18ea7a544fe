package net.scratchnet.train;

/** Hears about training as it happens: progress bars and live charts hang on this. */
public interface TrainingListener {
    /** After every mini-batch. */
    default void onBatch(BatchResult result) {
    }

    /** After the last mini-batch of every epoch. */
    default void onEpoch(EpochResult result) {
    }
}
