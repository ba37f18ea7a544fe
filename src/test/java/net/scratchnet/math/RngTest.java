package net.scratchnet.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RngTest {
    @Test
    void theSameSeedGivesTheSameNumbers() {
        Rng a = new Rng(123);
        Rng b = new Rng(123);
        for (int i = 0; i < 1000; i++) {
            assertEquals(a.nextInt(), b.nextInt());
        }
        assertNotEquals(new Rng(1).nextInt(), new Rng(2).nextInt());
    }

    @Test
    void nextIntWithABoundIsUniform() {
        Rng rng = new Rng(5);
        int[] counts = new int[10];
        for (int i = 0; i < 100_000; i++) {
            counts[rng.nextInt(10)]++;
        }
        for (int count : counts) {
            assertEquals(10_000, count, 400); // about 4 standard deviations
        }
    }

    @Test
    void nextFloatStaysInTheUnitInterval() {
        Rng rng = new Rng(6);
        double sum = 0;
        for (int i = 0; i < 100_000; i++) {
            float f = rng.nextFloat();
            assertTrue(f >= 0f && f < 1f);
            sum += f;
        }
        assertEquals(0.5, sum / 100_000, 0.005);
    }

    @Test
    void shuffleGivesAPermutation() {
        int[] order = new int[100];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        new Rng(7).shuffle(order);
        int[] sorted = order.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            assertEquals(i, sorted[i]);
        }
        int[] again = new int[100];
        for (int i = 0; i < again.length; i++) {
            again[i] = i;
        }
        new Rng(7).shuffle(again);
        assertArrayEquals(order, again);
    }
}
