package org.evsyn.cli.meta;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast decimal path gives exactly {@link Double#parseDouble}'s value, or declines. */
class PlainDecimalTest {

    @Test
    void agreesBitForBitWithDoubleParseDouble() {
        Random r = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            int decimals = r.nextInt(8);
            long m = Math.abs(r.nextLong() % 10_000_000_000L);
            StringBuilder sb = new StringBuilder(Long.toString(m));
            while (sb.length() <= decimals) {
                sb.insert(0, '0');
            }
            if (decimals > 0) {
                sb.insert(sb.length() - decimals, '.');
            }
            if (r.nextBoolean()) {
                sb.insert(0, '-');
            }
            String s = sb.toString();
            assertThat(Double.doubleToLongBits(PlainDecimal.parse(s, 0, s.length())))
                    .as(s).isEqualTo(Double.doubleToLongBits(Double.parseDouble(s)));
        }
    }

    @Test
    void declinesWhatItCannotConvertExactly() {
        for (String s : new String[]{"1e5", "NaN", "", "-", ".", "1.2.3", "12345678901234567890", "0x10", " 1",
                "1.00000000000000000000001"}) {
            assertThat(PlainDecimal.parse(s, 0, s.length())).as(s).isNaN();
        }
        assertThat(PlainDecimal.parse("x,12.5,y", 2, 6)).isEqualTo(12.5);
    }

    @Test
    void readsBytesExactlyAsItReadsTheSameText() {
        Random r = new Random(13);
        String alphabet = "0123456789012345678901234567890123456789..-+e x";
        for (int i = 0; i < 300_000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = r.nextInt(r.nextBoolean() ? 8 : 26);
            for (int j = 0; j < length; j++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            byte[] b = ("," + s + ",").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            assertThat(Double.doubleToRawLongBits(PlainDecimal.parse(b, 1, b.length - 1))).as(s)
                    .isEqualTo(Double.doubleToRawLongBits(PlainDecimal.parse(s, 0, s.length())));
        }
        for (String s : new String[]{"-0", "+5", "5.", ".5", "-.5", "999999999999999999", "9007199254740992",
                "9007199254740991", "0.000000000000000001", "1.2.3", "--1", "1-"}) {
            byte[] b = s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            assertThat(Double.doubleToRawLongBits(PlainDecimal.parse(b, 0, b.length))).as(s)
                    .isEqualTo(Double.doubleToRawLongBits(PlainDecimal.parse(s, 0, s.length())));
        }
    }
}
