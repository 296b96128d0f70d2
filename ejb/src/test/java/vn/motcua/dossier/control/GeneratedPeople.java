package vn.motcua.dossier.control;

import java.util.Random;

/**
 * Applicants as a Gia Lai desk sees them: Kinh names with their real family-name frequencies (Nguyễn
 * about 38 %), one or two middle names (Thị for two women in three), about ninety given names per
 * gender drawn by rank, and about one in ten Jrai or Bahnar names; CCCD numbers of province 064 that
 * are unique by construction; mobile numbers.
 */
final class GeneratedPeople {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final double[] FAMILY_WEIGHT = {38, 11, 9.5, 7, 3.1, 2.1, 4.5, 2, 1.9, 2.1, 2, 1.4, 1.3, 1.3, 1, 0.5};
    private static final String[] MIDDLE_MALE = {"Văn", "Hữu", "Đức", "Minh", "Quang", "Thanh", "Công", "Xuân", "Ngọc",
        "Đình", "Quốc", "Tiến", "Hoàng", "Trung", "Anh", "Bá", "Duy", "Gia", "Hải", "Khắc", "Mạnh", "Nhật", "Phúc",
        "Tấn", "Thế", "Trọng", "Tuấn", "Việt"};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Ngọc", "Thu", "Thanh", "Kim", "Hồng", "Minh", "Phương", "Mỹ",
        "Bích", "Thùy", "Diệu", "Bảo", "Hoài", "Khánh", "Lan", "Mai", "Nhã", "Quỳnh", "Thảo", "Tuyết", "Vân", "Yến",
        "Hải", "Ánh", "Cẩm", "Hà", "Linh"};
    /** Given names, the common first: a name's rank decides how often it is drawn (weight 1/rank). */
    private static final String[] GIVEN_MALE = {"Anh", "Hùng", "Dũng", "Tuấn", "Nam", "Hải", "Long", "Phong", "Sơn",
        "Quân", "Minh", "Hiếu", "Thắng", "Trung", "Khoa", "Bảo", "Huy", "Đức", "Tâm", "Tài", "Lộc", "Phúc", "Thành",
        "Vinh", "Hoàng", "Kiên", "Cường", "Toàn", "Nghĩa", "Hưng", "Khánh", "Đạt", "An", "Bình", "Chiến", "Công",
        "Cảnh", "Danh", "Duy", "Định", "Đông", "Giang", "Hà", "Hào", "Hậu", "Hiển", "Hiệp", "Hòa", "Hoan", "Học",
        "Khải", "Khang", "Khôi", "Kiệt", "Lâm", "Linh", "Luân", "Lực", "Mạnh", "Ngọc", "Nhân", "Nhật", "Ninh",
        "Phát", "Phú", "Phước", "Quang", "Quý", "Quyết", "Sang", "Sinh", "Tân", "Thạch", "Thái", "Thiện", "Thịnh",
        "Thông", "Tiến", "Toản", "Trí", "Triều", "Trọng", "Trường", "Tú", "Tùng", "Uy", "Văn", "Việt", "Vũ", "Xuân"};
    private static final String[] GIVEN_FEMALE = {"Lan", "Hương", "Hồng", "Mai", "Hoa", "Linh", "Trang", "Thảo", "Ngọc",
        "Hà", "Hạnh", "Nhung", "Yến", "Thủy", "Phương", "Loan", "Dung", "Hằng", "Vân", "Nga", "Trinh", "Tuyết", "Nhi",
        "Oanh", "Quỳnh", "Hiền", "Diệp", "Xuân", "Ánh", "Châu", "Huyền", "Giang", "An", "Anh", "Bích", "Cúc", "Diễm",
        "Diệu", "Đào", "Gấm", "Hậu", "Hiên", "Hoài", "Huệ", "Khánh", "Khuê", "Kiều", "Lành", "Liên", "Liễu", "Lệ",
        "Ly", "Lý", "Mận", "My", "Mỹ", "Nguyệt", "Nhàn", "Nhạn", "Như", "Nương", "Phấn", "Phượng", "Quế", "Sen",
        "Sương", "Tâm", "Thắm", "Thanh", "Thơ", "Thoa", "Thu", "Thúy", "Thư", "Tiên", "Trâm", "Trúc", "Tú", "Uyên",
        "Vi", "Việt", "Vy", "Xoan", "Yên", "Hảo", "Ngân", "Quyên", "Thương", "Trà", "Hường"};
    private static final String[] HIGHLAND_FAMILY = {"Ksor", "Rơ Châm", "Siu", "Rmah", "Kpă", "Nay", "Rơ Lan", "Puih"};
    private static final String[] HIGHLAND_GIVEN = {"H'Nga", "Blơi", "Hyơn", "Thuơn", "Ngơm", "H'Bia", "Đinh",
        "Yuih", "H'Lan", "Ju", "Nhă", "Hlach"};
    private static final String[] MOBILE = {"090", "091", "093", "094", "097", "098", "032", "034", "035", "036",
        "037", "038", "039", "070", "076", "077", "081", "083", "085", "086", "088", "096"};

    private final Random random;
    private final double familyTotal;
    private final double givenTotal;

    GeneratedPeople(Random random) {
        this.random = random;
        double total = 0;
        for (double weight : FAMILY_WEIGHT) {
            total += weight;
        }
        this.familyTotal = total;
        double given = 0;
        for (int rank = 1; rank <= GIVEN_MALE.length; rank++) {
            given += 1.0 / rank;
        }
        // both lists are as long, so one total serves
        this.givenTotal = given;
    }

    /** A person; {@code female} decides the middle and given names. */
    String name(boolean female) {
        if (random.nextInt(10) == 0) {
            return pick(HIGHLAND_FAMILY) + " " + pick(HIGHLAND_GIVEN);
        }
        String[] middle = female ? MIDDLE_FEMALE : MIDDLE_MALE;
        String name = family() + " " + (female && random.nextInt(3) > 0 ? "Thị" : pick(middle));
        if (random.nextInt(5) == 0) {
            name += " " + pick(middle);
        }
        return name + " " + given(female ? GIVEN_FEMALE : GIVEN_MALE);
    }

    /**
     * A CCCD: province 064, the digit for gender and century, the year of birth, then six digits that
     * are the applicant's number, so no two applicants share one (fewer than a million of them).
     */
    String citizenId(int applicant, boolean female) {
        int born = 1945 + random.nextInt(62);
        int genderCentury = (born >= 2000 ? 2 : 0) + (female ? 1 : 0);
        return String.format("064%d%02d%06d", genderCentury, born % 100, applicant % 1_000_000);
    }

    String phone() {
        return pick(MOBILE) + String.format("%07d", random.nextInt(10_000_000));
    }

    private String family() {
        double draw = random.nextDouble() * familyTotal;
        for (int i = 0; i < FAMILY.length; i++) {
            draw -= FAMILY_WEIGHT[i];
            if (draw < 0) {
                return FAMILY[i];
            }
        }
        return FAMILY[0];
    }

    private String given(String[] names) {
        double draw = random.nextDouble() * givenTotal;
        for (int rank = 1; rank <= names.length; rank++) {
            draw -= 1.0 / rank;
            if (draw < 0) {
                return names[rank - 1];
            }
        }
        return names[names.length - 1];
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
