package vn.motcua.statistics.control;

import vn.motcua.statistics.boundary.ReportPeriod;
import vn.motcua.statistics.boundary.ScorecardDto;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Scores the Decision 766/QĐ-TTg indicators the data supports from named measures, with the formulas,
 * weights and targets of {@code statistics/index766.properties}: the guidance changes by configuration.
 */
public final class Index766 {

    static final String RESOURCE = "/statistics/index766.properties";

    private final Properties settings;

    public Index766(Properties settings) {
        this.settings = settings;
    }

    public static Index766 configured() {
        Properties settings = new Properties();
        try (InputStream in = Index766.class.getResourceAsStream(RESOURCE)) {
            settings.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Index766(settings);
    }

    public ScorecardDto score(ReportPeriod period, String agencyName, Map<String, Long> measures) {
        List<ScorecardDto.Indicator> indicators = new ArrayList<>();
        double points = 0;
        double max = 0;
        for (String id : settings.getProperty("indicators", "").split(",")) {
            String key = id.strip();
            String formula = setting(key, "formula");
            Double value = evaluate(formula, measures);
            if (value != null) {
                value *= Double.parseDouble(setting(key, "unit"));
            }
            double carried = Double.parseDouble(setting(key, "points"));
            double earned = value == null ? 0 : carried * share(value, Double.parseDouble(setting(key, "full")),
                    Double.parseDouble(setting(key, "zero")));
            indicators.add(new ScorecardDto.Indicator(key, setting(key, "group"), setting(key, "label"), formula,
                    value, earned, carried));
            points += earned;
            max += carried;
        }
        return new ScorecardDto(period, agencyName, indicators, points, max);
    }

    /** "a+b/c+d" over the measures; null when the denominator is 0 (nothing to measure). */
    static Double evaluate(String formula, Map<String, Long> measures) {
        String[] parts = formula.split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a 766 formula is one ratio: " + formula);
        }
        long denominator = sum(parts[1], measures);
        return denominator == 0 ? null : (double) sum(parts[0], measures) / denominator;
    }

    private static long sum(String terms, Map<String, Long> measures) {
        long sum = 0;
        for (String term : terms.split("\\+")) {
            Long value = measures.get(term.strip());
            if (value == null) {
                throw new IllegalArgumentException("no measure named " + term.strip());
            }
            sum += value;
        }
        return sum;
    }

    /** The share of the points for a value, linear from {@code zero} (none) to {@code full} (all). */
    static double share(double value, double full, double zero) {
        double share = (value - zero) / (full - zero);
        return Math.max(0, Math.min(1, share));
    }

    private String setting(String id, String name) {
        String value = settings.getProperty(id + "." + name);
        if (value == null) {
            throw new IllegalStateException("index766.properties lacks " + id + "." + name);
        }
        return value.strip();
    }
}
