package org.evsyn.core.store.jdbc;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.evsyn.core.domain.NumericValue;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * The four columns that hold one {@link NumericValue}: {@code <slot>_raw}, {@code <slot>}, {@code <slot>_bound},
 * {@code <slot>_note}. Keeping the raw text next to the parsed number is what lets a report trace a value back.
 */
record NumericColumns(Field<String> raw, Field<Double> value, Field<String> bound, Field<String> note) {

    static NumericColumns of(Table<?> table, String slot) {
        return new NumericColumns(Db.text(table, slot + "_raw"), Db.real(table, slot),
                Db.text(table, slot + "_bound"), Db.text(table, slot + "_note"));
    }

    List<Field<?>> fields() {
        return List.of(raw, value, bound, note);
    }

    /** Bind values in {@link #fields()} order. */
    static Object[] bind(NumericValue v) {
        return new Object[] {
            v.raw(), v.value().isPresent() ? v.value().getAsDouble() : null, v.bound().name(), v.note().orElse(null)
        };
    }

    /** Reads the value back; a row without any raw text (e.g. an extraction slot left empty) is missing. */
    NumericValue read(Record r) {
        String rawText = r.get(raw);
        if (rawText == null) {
            return NumericValue.missing();
        }
        Double number = r.get(value);
        String boundText = r.get(bound);
        return new NumericValue(rawText, number == null ? OptionalDouble.empty() : OptionalDouble.of(number),
                boundText == null ? NumericValue.Bound.MISSING : NumericValue.Bound.valueOf(boundText),
                Optional.ofNullable(r.get(note)));
    }
}
