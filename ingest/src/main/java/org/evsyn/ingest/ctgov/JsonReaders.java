package org.evsyn.ingest.ctgov;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** The JSON reading both ClinicalTrials.gov adapters share: strict, exact, and sized for registry records. */
final class JsonReaders {

    private JsonReaders() {
    }

    static JsonFactory factory() {
        return JsonFactory.builder()
                // Large registry records run to megabytes of text; the default limits are for web requests.
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(64 << 20).build())
                .build();
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
