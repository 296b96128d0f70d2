package vn.motcua.dossier.control;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.entity.SearchText;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** V12 gives the applicants stored before it the same search keys the entity writes for new ones. */
class ApplicantSearchKeysMigrationTest {

    @Test
    void applicantsStoredBeforeVersion12GetTheKeysOfTheirFoldedNames() throws SQLException {
        String url = "jdbc:h2:mem:words-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration/common").target("11").load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO applicant (id, kind, full_name, id_kind, id_number, search_name, version)"
                    + " VALUES (1, 'PERSON', 'NGUYỄN  Thị Ánh Tuyết', 'CITIZEN_ID', '064190001234', 'x', 0),"
                    + " (2, 'PERSON', 'Ksor H''Nga', 'CITIZEN_ID', '064190001235', 'x', 0),"
                    + " (3, 'ORGANISATION', 'Công ty TNHH Đức Phát (chi nhánh Pleiku)', 'TAX_CODE', '5900123456', 'x', 0)");
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration/common").load().migrate();
            for (long id = 1; id <= 3; id++) {
                ResultSet name = statement.executeQuery("SELECT full_name FROM applicant WHERE id = " + id);
                name.next();
                String fullName = name.getString(1);
                assertEquals(SearchText.keys(fullName).stream().sorted().toList(), keys(statement, id), fullName);
            }
            assertEquals(List.of("anh tuyet", "nguyen thi anh tuyet", "thi anh tuyet", "tuyet"), keys(statement, 1));
            assertEquals(List.of("h nga", "ksor h nga", "nga"), keys(statement, 2));
        }
    }

    private static List<String> keys(Statement statement, long applicant) throws SQLException {
        List<String> keys = new ArrayList<>();
        ResultSet rows = statement.executeQuery("SELECT search_key FROM applicant_search_key WHERE applicant_id = "
                + applicant + " ORDER BY search_key");
        while (rows.next()) {
            keys.add(rows.getString(1));
        }
        return keys;
    }
}
