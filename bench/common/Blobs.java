package common;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;

/** The clustering benches' data: the same seeded blobs for Motiv, Smile and scikit-learn, as raw little-endian doubles. */
public final class Blobs {

    private Blobs() {
    }

    /** k centres uniform in [-3, 3]^d, unit-variance noise: overlapping blobs, about as hard as real values data. */
    public static double[] generate(int n, int d, int k, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] centres = new double[k][d];
        for (double[] centre : centres) {
            for (int j = 0; j < d; j++) {
                centre[j] = random.nextDouble(-3, 3);
            }
        }
        double[] values = new double[n * d];
        for (int i = 0; i < n; i++) {
            double[] centre = centres[random.nextInt(k)];
            for (int j = 0; j < d; j++) {
                double u = 1 - random.nextDouble();
                double v = random.nextDouble();
                values[i * d + j] = centre[j] + Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
            }
        }
        return values;
    }

    public static void write(double[] values, String file) throws Exception {
        ByteBuffer buffer = ByteBuffer.allocate(8 * 65536).order(ByteOrder.LITTLE_ENDIAN);
        try (var out = new BufferedOutputStream(new FileOutputStream(file), 1 << 20)) {
            for (double value : values) {
                if (!buffer.hasRemaining()) {
                    out.write(buffer.array(), 0, buffer.position());
                    buffer.clear();
                }
                buffer.putDouble(value);
            }
            out.write(buffer.array(), 0, buffer.position());
        }
    }
}
