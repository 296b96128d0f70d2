package vn.motcua.catalog.control;

import vn.motcua.catalog.boundary.CatalogProblemDto;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Remembers where the reader found each procedure, channel, document and step, so that a problem
 * raised against a path ({@code documents[2].form}) names the sheet, row and column to correct.
 */
final class XlsxLocator implements ProblemLog.Locator {

    /** A row of a sheet and the column label of each attribute it holds. */
    record Place(String sheet, int row, Map<String, String> columns) {
    }

    private static final Pattern ITEM = Pattern.compile("(\\w+)\\[\\d+]");
    private final Map<String, Place> places = new HashMap<>();

    void register(int procedure, String item, Place place) {
        places.put(procedure + "|" + item, place);
    }

    @Override
    public CatalogProblemDto locate(int procedure, String path, String messageKey, List<String> args) {
        String item = "";
        String attribute = path;
        int dot = path.indexOf('.');
        String head = dot < 0 ? path : path.substring(0, dot);
        Matcher indexed = ITEM.matcher(head);
        if (procedure == ProblemLog.RELEASE) {
            item = path;
            attribute = "";
        } else if (indexed.matches()) {
            if (places.containsKey(procedure + "|" + head)) {
                item = head;
                attribute = dot < 0 ? "" : path.substring(dot + 1);
            } else {
                attribute = indexed.group(1);
            }
        }
        Place place = places.getOrDefault(procedure + "|" + item, places.get(procedure + "|"));
        if (place == null) {
            String sheet = procedure == ProblemLog.RELEASE ? XlsxLayout.DECISION : XlsxLayout.PROCEDURES;
            return new CatalogProblemDto(sheet, 1, path, messageKey, args);
        }
        return new CatalogProblemDto(place.sheet(), place.row(), column(place, attribute), messageKey, args);
    }

    private static String column(Place place, String attribute) {
        String key = attribute;
        while (true) {
            String label = place.columns().get(key);
            if (label != null) {
                return label;
            }
            int dot = key.lastIndexOf('.');
            if (dot < 0) {
                return attribute;
            }
            key = key.substring(0, dot);
        }
    }

    @Override
    public int rowOf(int procedure) {
        Place place = places.get(procedure + "|");
        return place == null ? 0 : place.row();
    }
}
