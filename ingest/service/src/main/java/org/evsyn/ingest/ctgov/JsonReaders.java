package org.evsyn.ingest.ctgov;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.InputStream;
import org.evsyn.core.input.InputLimits;
import org.evsyn.ingest.spi.IngestException;
import org.evsyn.ingest.spi.RecordWindow;

/** The JSON reading both ClinicalTrials.gov adapters share: strict, exact, and sized for registry records. */
final class JsonReaders {

    private JsonReaders() {
    }

    static JsonFactory factory() {
        return JsonFactory.builder()
                // One string may fill a record; the default string limit (20 MB) is for web requests. Nesting is
                // bounded as for XML: a study nests about ten levels.
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(InputLimits.RECORD_CHARS)
                        .maxNestingDepth(InputLimits.NESTING_DEPTH).build())
                .build();
    }

    /**
     * The file's bytes with each study bounded to {@link InputLimits#RECORD_CHARS}: a study is built as a tree in
     * memory before it is mapped, so one without end must be stopped while it is read.
     */
    static RecordWindow bounded(InputStream in, String file, StudyStream.Cursor cursor) {
        RecordWindow window = new RecordWindow(in, InputLimits.RECORD_CHARS, () -> IngestException.at(file,
                cursor.ref().isEmpty() ? "1" : cursor.ref(), "longer than "
                        + InputLimits.bytes(InputLimits.RECORD_CHARS)
                        + " (the limit of one study; is the JSON cut or damaged?)"));
        cursor.bound(window);
        return window;
    }

    static ObjectMapper mapper(JsonFactory factory) {
        return JsonMapper.builder(factory)
                // Exact decimals, so re-writing a study never changes a number's digits.
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // A key given twice would otherwise silently keep the last value (a second nctId, a second count).
                // Checked as the tree is built, where the map insert finds it at no extra cost, rather than by the
                // parser's duplicate detector, which keeps a set of names per object.
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .build();
    }
}
