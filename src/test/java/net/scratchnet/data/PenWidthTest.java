package net.scratchnet.data;

import static net.scratchnet.data.ImageMeasures.ink;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Measures MNIST's pen width again, the way {@link StrokePreprocessor#PEN_WIDTH} says it was measured: the
 * width at which training digits, traced into strokes and drawn again, have as much ink as they had.
 */
class PenWidthTest {
    private static final int DIGITS = 2_000;

    @Test
    void thePenIsAsWideAsMnistsStrokes() throws Exception {
        Dataset train = DatasetFiles.load(DatasetKind.MNIST, Split.TRAIN);
        Strokes[] strokes = new Strokes[DIGITS];
        double mnistInk = 0;
        for (int i = 0; i < DIGITS; i++) {
            float[] image = train.imageAsFloats(i * (train.size() / DIGITS));
            mnistInk += ink(image);
            strokes[i] = MnistStrokes.of(image, 28).asStrokes();
        }
        // The drawings' ink grows steadily with the pen's width: halve the interval until it matches.
        float narrow = 1, wide = 4;
        while (wide - narrow > 0.01f) {
            float middle = (narrow + wide) / 2;
            double drawnInk = 0;
            for (Strokes each : strokes) {
                drawnInk += ink(StrokePreprocessor.toInput(each, middle));
            }
            if (drawnInk < mnistInk) {
                narrow = middle;
            } else {
                wide = middle;
            }
        }
        assertEquals(StrokePreprocessor.PEN_WIDTH, (narrow + wide) / 2, 0.05, "MNIST's pen width, measured");
    }
}
