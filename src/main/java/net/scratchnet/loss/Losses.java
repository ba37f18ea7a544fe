package net.scratchnet.loss;

/** The losses a network spec can name. */
public final class Losses {
    private Losses() {
    }

    /** @throws IllegalArgumentException when {@code name} is neither "crossentropy" nor "mse" */
    public static Loss byName(String name) {
        switch (name) {
            case "crossentropy":
                return new SoftmaxCrossEntropy();
            case "mse":
                return new HalfSquaredError();
            default:
                throw new IllegalArgumentException("unknown loss '" + name + "' (expected crossentropy or mse)");
        }
    }

    public static boolean isName(String name) {
        return name.equals("crossentropy") || name.equals("mse");
    }
}
