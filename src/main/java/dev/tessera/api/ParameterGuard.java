package dev.tessera.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks the path and query parameters of every API request before they are converted:
 * <ul>
 *   <li>no NUL character anywhere ({@code %00}): PostgreSQL text cannot hold one, so such a
 *       value could only fail later, deep in a query; answered 400 {@code NUL_CHARACTER};</li>
 *   <li>a parameter declared as a whole number must be one: JAX-RS answers a value like
 *       {@code page=abc}, {@code size=1e3} or a 20-digit id with 404, as if the address did not
 *       exist; Tessera answers 400 {@code VALIDATION_FAILED} naming the parameter, because the
 *       address is right and only the value is wrong;</li>
 *   <li>a parameter declared as a boolean must be {@code true} or {@code false} (any case): JAX-RS
 *       reads every other value, {@code purge=yes} too, as false, so a client's intent would be
 *       silently dropped; answered 400 {@code VALIDATION_FAILED} naming the parameter.</li>
 * </ul>
 * It runs after the resource method is matched and before its parameters are read.
 */
public class ParameterGuard {

    /** A declared path or query parameter whose value is checked: a whole number in a range, or a boolean ({@code flag}). */
    private record Declared(String name, String in, long min, long max, boolean flag) {

        boolean accepts(String value) {
            return flag ? "true".equalsIgnoreCase(value.strip()) || "false".equalsIgnoreCase(value.strip())
                    : isWholeNumber(value, min, max);
        }

        String expected() {
            if (flag) {
                return "must be true or false";
            }
            return "must be a whole number" + (max == Long.MAX_VALUE ? "" : " from " + min + " to " + max);
        }
    }

    private final Map<Method, List<Declared>> declaredParameters = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Response check(UriInfo uri, ResourceInfo resource) {
        Response refusal = nulCharacter(uri.getPathParameters(true), "path");
        if (refusal == null) {
            refusal = nulCharacter(uri.getQueryParameters(true), "query");
        }
        if (refusal == null && resource != null && resource.getResourceMethod() != null) {
            refusal = malformedValue(resource.getResourceMethod(), uri);
        }
        return refusal;
    }

    private static Response nulCharacter(MultivaluedMap<String, String> parameters, String in) {
        for (Map.Entry<String, List<String>> entry : parameters.entrySet()) {
            if (NulCharacters.contains(entry.getKey())
                    || entry.getValue().stream().anyMatch(NulCharacters::contains)) {
                return NulCharacters.problem(entry.getKey().replace('\0', '?'), in).toResponse();
            }
        }
        return null;
    }

    private Response malformedValue(Method method, UriInfo uri) {
        for (Declared parameter : declaredParameters.computeIfAbsent(method, ParameterGuard::declaredParametersOf)) {
            List<String> values = "path".equals(parameter.in())
                    ? uri.getPathParameters(true).get(parameter.name())
                    : uri.getQueryParameters(true).get(parameter.name());
            if (values == null) {
                continue;
            }
            for (String value : values) {
                if (!parameter.accepts(value)) {
                    return Problems.invalid(ErrorCode.VALIDATION_FAILED, parameter.name(), parameter.in(),
                            parameter.expected()).toResponse();
                }
            }
        }
        return null;
    }

    private static boolean isWholeNumber(String value, long min, long max) {
        try {
            long number = Long.parseLong(value.strip());
            return number >= min && number <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static List<Declared> declaredParametersOf(Method method) {
        List<Declared> found = new ArrayList<>();
        Class<?>[] types = method.getParameterTypes();
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < types.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof BeanParam) {
                    for (Class<?> c = types[i]; c != null && c != Object.class; c = c.getSuperclass()) {
                        for (Field field : c.getDeclaredFields()) {
                            add(found, field.getType(), field.getAnnotations());
                        }
                    }
                }
            }
            add(found, types[i], annotations[i]);
        }
        return List.copyOf(found);
    }

    private static void add(List<Declared> found, Class<?> type, Annotation[] annotations) {
        boolean flag = type == boolean.class || type == Boolean.class;
        long[] range = flag ? new long[] {0, 0} : rangeOf(type);
        if (range == null) {
            return;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam path) {
                found.add(new Declared(path.value(), "path", range[0], range[1], flag));
            } else if (annotation instanceof QueryParam query) {
                found.add(new Declared(query.value(), "query", range[0], range[1], flag));
            }
        }
    }

    private static long[] rangeOf(Class<?> type) {
        if (type == long.class || type == Long.class) {
            return new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
        }
        if (type == int.class || type == Integer.class) {
            return new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
        }
        if (type == short.class || type == Short.class) {
            return new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
        }
        return null;
    }
}
