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
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Freemarker's {@link DefaultObjectWrapper}, with a faster path for the page model's records: a
 * record's components ({@code page.head.title}) are read through method handles found once per
 * record class, where the default wrapper introspects, wraps and checks access reflectively on
 * every read; each record's model wraps each component once, and a component that is itself a
 * record is wrapped without going through the default wrapper's tests. Any other key of a record (a method such as {@code plain()}) is asked of the model
 * the default wrapper makes, so templates see exactly what they saw before.
 */
final class RecordWrapper extends DefaultObjectWrapper {
  private static final MethodType READ = MethodType.methodType(Object.class, Object.class);

  /** The public components of each record class, found once per class. */
  private final ClassValue<Components> components =
      new ClassValue<>() {
        @Override
        protected Components computeValue(Class<?> type) {
          return Components.of(type);
        }
      };

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

  /**
   * What {@link #wrap} makes of a component's value: a record that is nothing else the default
   * wrapper knows (a collection, a map, a model...) becomes its model here at once, as {@link
   * #handleUnknownType} would after the default wrapper's tests.
   */
  private TemplateModel component(Object value) throws TemplateModelException {
    if (value instanceof Record record && components.get(record.getClass()).plain()) {
      return new RecordModel(record, this);
    }
    return wrap(value);
  }

  /**
   * The readers of a record class's public components and their positions; {@code plain} when the
   * record is neither a template model nor something the default wrapper adapts (an iterable, a
   * map, an iterator, an enumeration).
   */
  private record Components(Map<String, Integer> positions, MethodHandle[] readers, boolean plain) {
    static Components of(Class<?> type) {
      Map<String, Integer> positions = new HashMap<>();
      List<MethodHandle> readers = new ArrayList<>();
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      RecordComponent[] all = type.isRecord() ? type.getRecordComponents() : new RecordComponent[0];
      for (RecordComponent component : all) {
        try {
          MethodHandle reader = lookup.unreflect(component.getAccessor()).asType(READ);
          positions.put(component.getName(), readers.size());
          readers.add(reader);
        } catch (IllegalAccessException e) {
          // not public: left to the default wrapper
        }
      }
      boolean plain =
          !(TemplateModel.class.isAssignableFrom(type)
              || Iterable.class.isAssignableFrom(type)
              || Map.class.isAssignableFrom(type)
              || Iterator.class.isAssignableFrom(type)
              || Enumeration.class.isAssignableFrom(type));
      return new Components(Map.copyOf(positions), readers.toArray(MethodHandle[]::new), plain);
    }
  }

  /** A record as a hash of its components. */
  private static final class RecordModel extends WrappingTemplateModel
      implements MethodCallAwareTemplateHashModel,
          AdapterTemplateModel,
          freemarker.ext.util.WrapperTemplateModel {
    private final Record record;
    private final RecordWrapper wrapper;
    private MethodCallAwareTemplateHashModel fallback;
    private TemplateModel[] read;

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

    /**
     * The component {@code key}, wrapped once per model: a template that reads {@code page.head}
     * for every sentence gets the same model each time.
     */
    @Override
    public TemplateModel get(String key) throws TemplateModelException {
      Components components = wrapper.components.get(record.getClass());
      Integer position = components.positions().get(key);
      if (position == null) {
        return fallback().get(key);
      }
      if (read == null) {
        read = new TemplateModel[components.readers().length];
      } else if (read[position] != null) {
        return read[position];
      }
      Object value;
      try {
        value = (Object) components.readers()[position].invokeExact((Object) record);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new TemplateModelException("cannot read " + key + " of " + record.getClass(), e);
      }
      TemplateModel model = wrapper.component(value);
      read[position] = model;
      return model;
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
