package net.scratchnet.train;

/**
 * How well a network does on a labelled dataset.
 *
 * @param loss           mean loss over the examples
 * @param accuracy       fraction classified right, 0..1
 * @param confusion      confusion[actual][predicted]: how many examples of each class went to each prediction;
 *                       the diagonal holds the right answers
 * @param predicted      the predicted class of every example
 * @param probabilities  probabilities[i][k]: how likely the network thinks example i is of class k
 */
public record Evaluation(float loss, float accuracy, int[][] confusion, int[] predicted, float[][] probabilities) {
    public int size() {
        return predicted.length;
    }
}
