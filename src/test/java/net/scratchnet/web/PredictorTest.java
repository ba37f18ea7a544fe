package net.scratchnet.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.scratchnet.model.ModelFile;
import net.scratchnet.network.Network;
import org.junit.jupiter.api.Test;

class PredictorTest {
    private final Predictor predictor = new Predictor(Network.fromSpec("784-16-16-10 sigmoid", 1), "mnist");

    @Test
    void aModelFileOfAKnownDatasetReplacesTheModelAndItsDescription() {
        byte[] fashion = ModelFile.write(Network.fromSpec("784-32-10 relu", 2), "fashion");
        assertNull(predictor.load(fashion));
        assertTrue(predictor.describe().contains("\"spec\":\"784-32-10 relu crossentropy he\""), predictor.describe());
        assertTrue(predictor.describe().contains("\"dataset\":\"fashion\""), predictor.describe());
        assertArrayEquals(fashion, predictor.export());
    }

    @Test
    void aModelFileOfAnUnknownDatasetIsRefusedAndTheModelKept() {
        String described = predictor.describe();
        byte[] exported = predictor.export();
        float[] image = new float[784];
        float[] activations = predictor.activations(image);

        String error = predictor.load(ModelFile.write(Network.fromSpec("784-32-10 relu", 2), "cifar"));

        assertEquals("the file says it was trained on 'cifar', which this site does not know (it knows mnist and"
                + " fashion)", error);
        assertEquals(described, predictor.describe(), "the page still describes the previous model");
        assertArrayEquals(exported, predictor.export(), "saving keeps the previous model, not the refused one");
        assertArrayEquals(activations, predictor.activations(image), "and it still predicts with it");
    }

    @Test
    void anUntrainedModelFileHasNoDataset() {
        assertNull(predictor.load(ModelFile.write(Network.fromSpec("784-8-10 tanh", 3), "")));
        assertTrue(predictor.describe().contains("\"dataset\":null"), predictor.describe());
    }
}
