using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace Portal.Web.Hosting;

/// <summary>
/// A checkbox posted with a value that is not a boolean ("Input.RememberMe=junk") keeps its error
/// message but not its raw value: the checkbox tag helper converts the raw value to bool when it
/// renders the form again, and a junk value would make that a 500 instead of the form with a message.
/// </summary>
internal static class CheckboxBinding
{
    public static IMvcBuilder AddCheckboxSafeBinding(this IMvcBuilder builder) =>
        builder.AddMvcOptions(o => o.ModelBinderProviders.Insert(0, new Provider()));

    private sealed class Provider : IModelBinderProvider
    {
        public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
            context.Metadata.UnderlyingOrModelType == typeof(bool)
                ? new Binder(new SimpleTypeModelBinder(context.Metadata.ModelType, context.Services.GetRequiredService<ILoggerFactory>()))
                : null;
    }

    private sealed class Binder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext context)
        {
            await inner.BindModelAsync(context);
            if (!context.Result.IsModelSet
                && context.ModelState.TryGetValue(context.ModelName, out var entry)
                && entry.Errors.Count > 0)
            {
                context.ModelState.SetModelValue(context.ModelName, rawValue: null, entry.AttemptedValue);
            }
        }
    }
}
