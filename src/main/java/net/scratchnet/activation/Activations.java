package net.scratchnet.activation;

import java.util.List;

/** The activation functions a network spec can name. */
public final class Activations {
    private static final List<Activation> ALL = List.of(new Sigmoid(), new Tanh(), new Relu(), new LeakyRelu());

    private Activations() {
    }

    /** Every element-wise activation, in the order the UI lists them. */
    public static List<Activation> all() {
        return ALL;
    }

    /** @throws IllegalArgumentException naming the known activations when {@code name} is none of them */
    public static Activation byName(String name) {
        for (Activation activation : ALL) {
            if (activation.name().equals(name)) {
                return activation;
            }
        }
        throw new IllegalArgumentException("unknown activation '" + name + "' (expected one of " + String.join(", ", names()) + ")");
    }

    /** True when {@code name} names an activation. */
    public static boolean isName(String name) {
        for (Activation activation : ALL) {
            if (activation.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The names, e.g. for a command line's choices. */
    public static String[] names() {
        String[] names = new String[ALL.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = ALL.get(i).name();
        }
        return names;
    }
}
