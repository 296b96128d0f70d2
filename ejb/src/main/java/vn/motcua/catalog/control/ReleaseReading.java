package vn.motcua.catalog.control;

import vn.motcua.catalog.boundary.ReleaseDto;

/** What reading a file gave: the release as far as it could be read, and the problems met. */
public record ReleaseReading(ReleaseDto release, ProblemLog problems) {

    public boolean readable() {
        return release != null;
    }
}
