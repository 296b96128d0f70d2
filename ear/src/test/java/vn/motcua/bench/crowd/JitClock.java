package vn.motcua.bench.crowd;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * GET /motcua-bench/jit: the milliseconds the server's JIT compilers have worked so far, for a benchmark
 * that drives the server from outside to tell when the compiling is over (Crowd.warmUp does it inside).
 */
@WebServlet("/jit")
public class JitClock extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().print(Crowd.compilingMillis());
    }
}
