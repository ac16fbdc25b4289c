package org.evsyn.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VerbatimTextTest {

    @Test
    void bytesAndStringsOfOneTextAreOneValue() {
        String text = "caf\u00e9 \u2264 5 \uD83D\uDE00";
        byte[] framed = ("[" + text + "]").getBytes(StandardCharsets.UTF_8);
        VerbatimText fromBytes = VerbatimText.ofUtf8(framed, 1, framed.length - 1);
        VerbatimText fromString = VerbatimText.of(text);
        assertThat(fromBytes).isEqualTo(fromString).hasSameHashCodeAs(fromString);
        assertThat(fromBytes.toString()).isEqualTo(text);
        assertThat(fromBytes.utf8Length()).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        assertThat(VerbatimText.of(text + " ")).isNotEqualTo(fromString);
    }

    @Test
    void theBytesAreCopiedFromTheCallersArray() {
        byte[] bytes = "abc".getBytes(StandardCharsets.UTF_8);
        VerbatimText text = VerbatimText.ofUtf8(bytes, 0, bytes.length);
        bytes[0] = 'x';
        assertThat(text.toString()).isEqualTo("abc");
    }

    @Test
    void aLoneSurrogateBecomesAQuestionMarkAsTheStoreAlwaysWroteIt() {
        assertThat(VerbatimText.of("a\uD83Db").toString()).isEqualTo("a?b");
        assertThat(new SourceRecord("f", "id", "", "a\uD83Db", "sha").content()).isEqualTo("a?b");
    }
}
