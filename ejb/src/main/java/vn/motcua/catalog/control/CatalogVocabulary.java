package vn.motcua.catalog.control;

import vn.motcua.catalog.boundary.StatutoryTermDto;
import vn.motcua.catalog.entity.Channel;
import vn.motcua.catalog.entity.DocumentForm;
import vn.motcua.catalog.entity.OnlineLevel;
import vn.motcua.catalog.entity.SearchText;
import vn.motcua.catalog.entity.StepAction;
import vn.motcua.catalog.entity.TermUnit;
import vn.motcua.identity.entity.Role;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Vietnamese words the spreadsheet uses for the catalog's codes, and the way a term is written
 * ("15 ngày làm việc", "4 giờ làm việc", "Trong ngày, trước 15:00"): province staff fill the sheet in
 * their own words; the code names (ORIGINAL, WORKING_DAYS …) are accepted as well.
 */
public final class CatalogVocabulary {

    private static final Map<Enum<?>, String> LABELS = new HashMap<>();
    private static final Pattern TERM = Pattern.compile("(?:(\\d+(?:[.,]\\d{1,2})?) ?(ngay lam viec|gio lam viec)"
            + "|trong ngay)(?: ?[,;(]? ?truoc (\\d{1,2})(?:[:h](\\d{2})| gio)?\\)?)?");

    static {
        label(Channel.IN_PERSON, "Trực tiếp");
        label(Channel.POSTAL, "Bưu chính");
        label(Channel.ONLINE, "Trực tuyến");
        label(DocumentForm.ORIGINAL, "Bản chính");
        label(DocumentForm.COPY, "Bản sao");
        label(DocumentForm.CERTIFIED_COPY, "Bản sao có chứng thực");
        label(OnlineLevel.FULL, "Toàn trình");
        label(OnlineLevel.PARTIAL, "Một phần");
        label(OnlineLevel.INFORMATION, "Cung cấp thông tin");
        label(StepAction.FORWARD, "Chuyển xử lý");
        label(StepAction.RETURN, "Trả lại");
        label(StepAction.REQUEST_SUPPLEMENT, "Yêu cầu bổ sung");
        label(StepAction.SUBMIT_FOR_APPROVAL, "Trình ký");
        label(StepAction.APPROVE, "Phê duyệt");
        label(StepAction.REFUSE, "Từ chối");
        label(Role.RECEPTION, "Cán bộ tiếp nhận");
        label(Role.SPECIALIST, "Chuyên viên xử lý");
        label(Role.LEADER, "Lãnh đạo");
        label(Role.CLERK, "Văn thư");
        label(Role.ADMIN, "Quản trị");
        label(Role.PROVINCE, "Văn phòng UBND tỉnh");
    }

    private CatalogVocabulary() {
    }

    private static void label(Enum<?> value, String text) {
        LABELS.put(value, text);
    }

    public static String label(Enum<?> value) {
        return value == null ? null : LABELS.getOrDefault(value, value.name());
    }

    /** Reads a Vietnamese label or a code name, ignoring case and accents. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String folded = SearchText.fold(text);
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(text.strip()) || SearchText.fold(label(e)).equals(folded))
                .findFirst();
    }

    /** The accepted words for a type, for a message that lists them. */
    public static <E extends Enum<E>> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(CatalogVocabulary::label)
                .collect(Collectors.joining(", "));
    }

    public static String formatTerm(StatutoryTermDto term) {
        if (term == null || term.unit() == null) {
            return null;
        }
        String text = switch (term.unit()) {
            case SAME_DAY -> "Trong ngày";
            case WORKING_DAYS -> decimal(term.amount()) + " ngày làm việc";
            case WORKING_HOURS -> decimal(term.amount()) + " giờ làm việc";
        };
        return term.cutOff() == null ? text : text + ", trước " + term.cutOff();
    }

    /** Reads a term as {@link #formatTerm} writes it; empty when the text is no term. */
    public static Optional<StatutoryTermDto> parseTerm(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TERM.matcher(SearchText.fold(text));
        if (!m.matches()) {
            return Optional.empty();
        }
        LocalTime cutOff = null;
        if (m.group(3) != null) {
            int hour = Integer.parseInt(m.group(3));
            int minute = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
            if (hour > 23 || minute > 59) {
                return Optional.empty();
            }
            cutOff = LocalTime.of(hour, minute);
        }
        if (m.group(1) == null) {
            return Optional.of(new StatutoryTermDto(TermUnit.SAME_DAY, BigDecimal.ONE, cutOff));
        }
        TermUnit unit = m.group(2).startsWith("ngay") ? TermUnit.WORKING_DAYS : TermUnit.WORKING_HOURS;
        return Optional.of(new StatutoryTermDto(unit, new BigDecimal(m.group(1).replace(',', '.')), cutOff));
    }

    /** A decimal as Vietnamese write it: 0,5. */
    public static String decimal(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
