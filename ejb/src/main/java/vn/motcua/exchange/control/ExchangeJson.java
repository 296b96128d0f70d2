package vn.motcua.exchange.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/** The one JSON mapping of the exchange contracts: ISO-8601 instants and dates, absent fields omitted. */
public final class ExchangeJson {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    private ExchangeJson() {
    }

    public static String write(Object message) {
        return JSON.toJson(message);
    }

    public static <T> T read(String json, Class<T> type) {
        return JSON.fromJson(json, type);
    }
}
