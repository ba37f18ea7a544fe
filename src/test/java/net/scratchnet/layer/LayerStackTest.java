package net.scratchnet.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import net.scratchnet.activation.Activations;
import org.junit.jupiter.api.Test;

class LayerStackTest {
    @Test
    void chainsTheShapesOfTheKitsCnn() {
        LayerStack stack = KitCnnSpeed.kitCnn();
        assertEquals(7, stack.layers().size());
        List<String> shapes = List.of("8×24×24", "8×24×24", "8×12×12", "16×8×8", "16×8×8", "16×4×4", "10");
        for (int k = 0; k < shapes.size(); k++) {
            assertEquals(shapes.get(k), stack.outputShape(k).toString(), stack.layers().get(k).describe());
        }
        assertEquals(new Shape(1, 28, 28), stack.inputShape());
        // A dense layer reads 16×4×4 feature maps as a vector of 256: no flattening layer.
        assertEquals(256, stack.layers().get(6).inputSize());
    }

    @Test
    void refusesALayerBuiltForAnotherShapeNamingBoth() {
        LayerStack stack = new LayerStack(new Shape(1, 28, 28));
        stack.add(new Conv2D(stack.shape(), 5, 8, 1, Padding.VALID, "conv1"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> stack.add(new Conv2D(new Shape(8, 12, 12), 5, 16, 1, Padding.VALID, "conv2")));
        assertEquals("conv5x5x16 expects 8×12×12 input but gets 8×24×24", e.getMessage());
        // Same number of values, different shape: still refused.
        e = assertThrows(IllegalArgumentException.class, () -> stack.add(new MaxPool2D(new Shape(32, 12, 12), 2, 2)));
        assertEquals("pool2 expects 32×12×12 input but gets 8×24×24", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> stack.add(new DenseLayer(4000, 10, "dense")));
        assertEquals("dense 4000 -> 10 expects 4000 input but gets 8×24×24 (4608 numbers)", e.getMessage());
        assertEquals(1, stack.layers().size());  // a refused layer is not added
    }

    @Test
    void shapesReadAsChannelsTimesHeightTimesWidthAndMustBePositive() {
        assertEquals("8×24×24", new Shape(8, 24, 24).toString());
        assertEquals("784", Shape.flat(784).toString());
        assertEquals(4608, new Shape(8, 24, 24).size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Shape(8, 0, 24));
        assertEquals("a shape needs positive sizes, got 8×0×24", e.getMessage());
    }
}
