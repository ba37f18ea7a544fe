package net.scratchnet.data;

/** What the preprocessing tests measure of a 28x28 image (0..1 per pixel, row by row). */
final class ImageMeasures {
    private ImageMeasures() {
    }

    static double meanAbsoluteDifference(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        return sum / a.length;
    }

    /** Centre of mass in the 28x28 field, pixel centres at x + 0.5. */
    static double[] centreOfMass(float[] image) {
        double mass = 0, x = 0, y = 0;
        for (int i = 0; i < image.length; i++) {
            mass += image[i];
            x += image[i] * (i % 28 + 0.5);
            y += image[i] * (i / 28 + 0.5);
        }
        return new double[] {x / mass, y / mass};
    }

    /** All the ink: the sum of the pixels. */
    static double ink(float[] image) {
        double sum = 0;
        for (float value : image) {
            sum += value;
        }
        return sum;
    }

    /** The ink of the {@code count} lowest rows that hold any. */
    static double inkInLowestRows(float[] image, int count) {
        int last = 27;
        while (last > 0 && ink(image, last) == 0) {
            last--;
        }
        double sum = 0;
        for (int row = Math.max(0, last - count + 1); row <= last; row++) {
            sum += ink(image, row);
        }
        return sum;
    }

    private static double ink(float[] image, int row) {
        double sum = 0;
        for (int x = 0; x < 28; x++) {
            sum += image[row * 28 + x];
        }
        return sum;
    }

    /** How many rows and how many columns hold any ink. */
    static int[] inkedRowsAndColumns(float[] image) {
        int rows = 0, columns = 0;
        for (int i = 0; i < 28; i++) {
            boolean row = false, column = false;
            for (int j = 0; j < 28; j++) {
                row |= image[i * 28 + j] > 0.01f;
                column |= image[j * 28 + i] > 0.01f;
            }
            rows += row ? 1 : 0;
            columns += column ? 1 : 0;
        }
        return new int[] {rows, columns};
    }
}
