package net.scratchnet.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an MNIST image back into the strokes a pen could have drawn it with: the digit is thinned to its
 * skeleton (Zhang and Suen's thinning, 1984, of the pixels inked at least {@value #INKED}), and the skeleton is traced
 * into paths, each starting where the fewest unvisited neighbours are (a line's end before its middle) and
 * going on, pixel to pixel, in the direction that turns least. A path that starts next to one already traced
 * begins at that neighbour, and one that ends next to another path's pixel runs on to it, so the strokes
 * meet as the pen's did. The paths are then simplified (Douglas-Peucker) to the few points a hand moving
 * the pointer would give.
 *
 * <p>Used by the public drawing test (the strokes are drawn on the pad with pointer events) and by
 * {@code PenWidthTest} (the skeleton's length measures MNIST's pen).
 */
public final class MnistStrokes {
    /**
     * Pixels this dark or darker are thinned. At 0.5, bold digits' small loops (of a 6, 8 or 9) fill in and
     * their skeleton loses them; at 0.7 they stay open (the CNN reads 97.6% of 2,000 test digits drawn from
     * their strokes, against 96.8% at 0.5), while lighter lines are not yet broken apart (96.6% at 0.85).
     */
    private static final float INKED = 0.7f;
    /** Points may leave the skeleton's path by this much (pixels) when it is simplified. */
    private static final double SIMPLIFY = 0.6;

    /** The traced paths of one image: each a list of (x, y) in pixels of the 28x28 image, pixel centres at +0.5. */
    private final List<List<double[]>> paths;

    private MnistStrokes(List<List<double[]>> paths) {
        this.paths = paths;
    }

    public static MnistStrokes of(float[] image, int size) {
        boolean[] skeleton = skeleton(image, size);
        return new MnistStrokes(trace(skeleton, size));
    }

    /** The traced paths before simplification: every skeleton pixel's centre. */
    public List<List<double[]>> paths() {
        return paths;
    }

    /** The skeleton's length in pixels: its paths' steps, 1 across, sqrt(2) diagonally. */
    public double length() {
        double length = 0;
        for (List<double[]> path : paths) {
            for (int i = 1; i < path.size(); i++) {
                length += Math.hypot(path.get(i)[0] - path.get(i - 1)[0], path.get(i)[1] - path.get(i - 1)[1]);
            }
        }
        return length;
    }

    /** The paths as a pen would draw them, with few points (Douglas-Peucker within {@value #SIMPLIFY} px). */
    public List<List<double[]>> strokes() {
        List<List<double[]>> strokes = new ArrayList<>();
        for (List<double[]> path : paths) {
            List<double[]> kept = new ArrayList<>();
            kept.add(path.get(0));
            simplify(path, 0, path.size() - 1, kept);
            strokes.add(kept);
        }
        return strokes;
    }

    /** The strokes in the core's form, with an even pressure of 0.5 (a mouse's). */
    public Strokes asStrokes() {
        List<List<double[]>> strokes = strokes();
        int count = strokes.stream().mapToInt(List::size).sum();
        float[] points = new float[3 * count];
        int[] lengths = new int[strokes.size()];
        int p = 0;
        for (int s = 0; s < strokes.size(); s++) {
            lengths[s] = strokes.get(s).size();
            for (double[] point : strokes.get(s)) {
                points[p++] = (float) point[0];
                points[p++] = (float) point[1];
                points[p++] = 0.5f;
            }
        }
        return Strokes.of(points, lengths);
    }

    /** Adds the points of path[from+1..to] that simplification keeps, in order (path[from] is already in). */
    private static void simplify(List<double[]> path, int from, int to, List<double[]> kept) {
        double[] a = path.get(from), b = path.get(to);
        int farthest = -1;
        double farthestDistance = SIMPLIFY;
        for (int i = from + 1; i < to; i++) {
            double distance = distanceToSegment(path.get(i), a, b);
            if (distance > farthestDistance) {
                farthest = i;
                farthestDistance = distance;
            }
        }
        if (farthest >= 0) {
            simplify(path, from, farthest, kept);
            simplify(path, farthest, to, kept);
        } else if (to > from) {
            kept.add(b);
        }
    }

    private static double distanceToSegment(double[] p, double[] a, double[] b) {
        double dx = b[0] - a[0], dy = b[1] - a[1];
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared));
        return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
    }

    /** Zhang-Suen thinning: peels border pixels in two alternating sub-steps until nothing changes. */
    static boolean[] skeleton(float[] image, int size) {
        boolean[] on = new boolean[size * size];
        for (int i = 0; i < on.length; i++) {
            on[i] = image[i] >= INKED;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int step = 0; step < 2; step++) {
                List<Integer> remove = new ArrayList<>();
                for (int y = 1; y < size - 1; y++) {
                    for (int x = 1; x < size - 1; x++) {
                        if (!on[y * size + x]) {
                            continue;
                        }
                        // P2..P9 clockwise from north
                        boolean[] n = {on[(y - 1) * size + x], on[(y - 1) * size + x + 1], on[y * size + x + 1],
                                on[(y + 1) * size + x + 1], on[(y + 1) * size + x], on[(y + 1) * size + x - 1],
                                on[y * size + x - 1], on[(y - 1) * size + x - 1]};
                        int neighbours = 0, transitions = 0;
                        for (int k = 0; k < 8; k++) {
                            neighbours += n[k] ? 1 : 0;
                            transitions += !n[k] && n[(k + 1) % 8] ? 1 : 0;
                        }
                        boolean firstPair = step == 0 ? !(n[0] && n[2] && n[4]) : !(n[0] && n[2] && n[6]);
                        boolean secondPair = step == 0 ? !(n[2] && n[4] && n[6]) : !(n[0] && n[4] && n[6]);
                        if (neighbours >= 2 && neighbours <= 6 && transitions == 1 && firstPair && secondPair) {
                            remove.add(y * size + x);
                        }
                    }
                }
                for (int i : remove) {
                    on[i] = false;
                }
                changed |= !remove.isEmpty();
            }
        }
        return on;
    }

    private static List<List<double[]>> trace(boolean[] skeleton, int size) {
        boolean[] visited = new boolean[skeleton.length];
        List<List<double[]>> paths = new ArrayList<>();
        while (true) {
            int start = -1, fewest = Integer.MAX_VALUE;
            for (int i = 0; i < skeleton.length; i++) {
                if (skeleton[i] && !visited[i]) {
                    int open = neighbours(skeleton, visited, size, i, false).size();
                    if (open < fewest) {
                        start = i;
                        fewest = open;
                    }
                }
            }
            if (start < 0) {
                return paths;
            }
            List<Integer> path = new ArrayList<>();
            List<Integer> joined = neighbours(skeleton, visited, size, start, true);
            if (!joined.isEmpty()) {
                path.add(joined.get(0));
            }
            int current = start;
            while (current >= 0) {
                visited[current] = true;
                path.add(current);
                current = straightest(path, neighbours(skeleton, visited, size, current, false), size);
            }
            int end = path.get(path.size() - 1);
            for (int other : neighbours(skeleton, visited, size, end, true)) {
                if (!path.subList(Math.max(0, path.size() - 3), path.size()).contains(other)) {
                    path.add(other);   // closes a loop, or meets another stroke
                    break;
                }
            }
            List<double[]> points = new ArrayList<>();
            for (int i : path) {
                points.add(new double[] {i % size + 0.5, i / size + 0.5});
            }
            paths.add(points);
        }
    }

    /** The pixel among {@code candidates} that turns least from the path's last step; -1 if none. */
    private static int straightest(List<Integer> path, List<Integer> candidates, int size) {
        if (candidates.isEmpty()) {
            return -1;
        }
        int current = path.get(path.size() - 1);
        int previous = path.size() > 1 ? path.get(path.size() - 2) : current;
        int best = candidates.get(0);
        double bestScore = Double.MAX_VALUE;
        for (int candidate : candidates) {
            double stepX = candidate % size - current % size, stepY = candidate / size - current / size;
            double lastX = current % size - previous % size, lastY = current / size - previous / size;
            // Straight on scores lowest; a four-neighbour beats a diagonal one at the same turn, so that the
            // corner pixels of a staircase are not left behind as specks.
            double turn = previous == current ? 0 : -(stepX * lastX + stepY * lastY)
                    / (Math.hypot(stepX, stepY) * Math.hypot(lastX, lastY));
            double score = turn + 0.01 * Math.hypot(stepX, stepY);
            if (score < bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** The skeleton's 8-neighbours of pixel i that are visited (or not), north first, clockwise. */
    private static List<Integer> neighbours(boolean[] skeleton, boolean[] visited, int size, int i, boolean wantVisited) {
        List<Integer> found = new ArrayList<>();
        int x = i % size, y = i / size;
        int[][] around = {{0, -1}, {1, -1}, {1, 0}, {1, 1}, {0, 1}, {-1, 1}, {-1, 0}, {-1, -1}};
        for (int[] d : around) {
            int nx = x + d[0], ny = y + d[1];
            if (nx >= 0 && ny >= 0 && nx < size && ny < size) {
                int j = ny * size + nx;
                if (skeleton[j] && visited[j] == wantVisited) {
                    found.add(j);
                }
            }
        }
        return found;
    }
}
