package org.sijill.site;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import freemarker.template.WrappingTemplateModel;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Freemarker's {@link DefaultObjectWrapper}, with a faster path for the page model's records: a
 * record's components ({@code page.head.title}) are read through method handles found once per
 * record class, where the default wrapper introspects, wraps and checks access reflectively on
 * every read. Any other key of a record (a method such as {@code plain()}) is asked of the model
 * the default wrapper makes, so templates see exactly what they saw before.
 */
final class RecordWrapper extends DefaultObjectWrapper {
  private static final MethodType READ = MethodType.methodType(Object.class, Object.class);

  private final Map<Class<?>, Map<String, MethodHandle>> components = new ConcurrentHashMap<>();

  RecordWrapper(Version version) {
    super(version);
  }

  @Override
  protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
    if (obj instanceof Record record) {
      return new RecordModel(record, this);
    }
    return super.handleUnknownType(obj);
  }

  private TemplateModel byDefault(Object obj) throws TemplateModelException {
    return super.handleUnknownType(obj);
  }

  private Map<String, MethodHandle> components(Class<?> type) {
    return components.computeIfAbsent(
        type,
        t -> {
          Map<String, MethodHandle> readers = new HashMap<>();
          MethodHandles.Lookup lookup = MethodHandles.publicLookup();
          for (RecordComponent component : t.getRecordComponents()) {
            try {
              readers.put(
                  component.getName(), lookup.unreflect(component.getAccessor()).asType(READ));
            } catch (IllegalAccessException e) {
              // not public: left to the default wrapper
            }
          }
          return Map.copyOf(readers);
        });
  }

  /** A record as a hash of its components. */
  private static final class RecordModel extends WrappingTemplateModel
      implements MethodCallAwareTemplateHashModel,
          AdapterTemplateModel,
          freemarker.ext.util.WrapperTemplateModel {
    private final Record record;
    private final RecordWrapper wrapper;
    private MethodCallAwareTemplateHashModel fallback;

    RecordModel(Record record, RecordWrapper wrapper) {
      super(wrapper);
      this.record = record;
      this.wrapper = wrapper;
    }

    /** The model the default wrapper makes of the record. */
    private MethodCallAwareTemplateHashModel fallback() throws TemplateModelException {
      if (fallback == null) {
        fallback = (MethodCallAwareTemplateHashModel) wrapper.byDefault(record);
      }
      return fallback;
    }

    /** What {@code record.key(...)} calls: asked of the default model. */
    @Override
    public TemplateModel getBeforeMethodCall(String key)
        throws TemplateModelException, ShouldNotBeGetAsMethodException {
      return fallback().getBeforeMethodCall(key);
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
      MethodHandle reader = wrapper.components(record.getClass()).get(key);
      if (reader == null) {
        return fallback().get(key);
      }
      Object value;
      try {
        value = (Object) reader.invokeExact((Object) record);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new TemplateModelException("cannot read " + key + " of " + record.getClass(), e);
      }
      return wrap(value);
    }

    @Override
    public boolean isEmpty() {
      return false;
    }

    @Override
    public Object getAdaptedObject(Class<?> hint) {
      return record;
    }

    @Override
    public Object getWrappedObject() {
      return record;
    }
  }
}
