package io.sipspec.requirements;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Reads and writes the catalogue CSV: a header row, then one requirement per row. */
public final class CatalogueCsv {

    /** The columns, in order. */
    public static final List<String> HEADER = List.of("id", "section", "keyword", "keywords", "role",
            "wire_checkable", "reason", "curated", "sentence");

    private CatalogueCsv() {
    }

    public static String write(List<Requirement> requirements) {
        StringBuilder out = new StringBuilder(Csv.line(HEADER));
        for (Requirement r : requirements) {
            out.append(Csv.line(List.of(r.id(), r.section(), r.keyword().text(),
                    r.keywords().stream().map(Keyword::text).collect(Collectors.joining("; ")), r.role().label(),
                    r.wireCheckable() ? "yes" : "no", r.reason(), r.curated() ? "yes" : "auto", r.sentence())));
        }
        return out.toString();
    }

    /** The requirements of {@code csv}; an exception names the line of a malformed row. */
    public static List<Requirement> read(String csv) {
        List<List<String>> records = Csv.parse(csv);
        if (records.isEmpty() || !records.get(0).equals(HEADER)) {
            throw new IllegalArgumentException("catalogue header must be " + String.join(",", HEADER));
        }
        List<Requirement> out = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> f = records.get(i);
            try {
                if (f.size() != HEADER.size()) {
                    throw new IllegalArgumentException(f.size() + " fields, expected " + HEADER.size());
                }
                List<Keyword> keywords = Arrays.stream(f.get(3).split(";")).map(Keyword::of).toList();
                out.add(new Requirement(f.get(0), f.get(1), Keyword.of(f.get(2)), keywords, Role.of(f.get(4)),
                        yesNo(f.get(5), "yes", "no"), f.get(6), yesNo(f.get(7), "yes", "auto"), f.get(8)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("catalogue record " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static boolean yesNo(String value, String yes, String no) {
        if (value.equals(yes)) {
            return true;
        }
        if (value.equals(no)) {
            return false;
        }
        throw new IllegalArgumentException("'" + value + "' is neither " + yes + " nor " + no);
    }
}
