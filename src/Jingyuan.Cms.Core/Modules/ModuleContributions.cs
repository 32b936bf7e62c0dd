using System.Collections;
using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Modules;

/// <summary>
/// Makes a disabled module's contributions invisible to everyone. Each extension point of the
/// Abstractions that a module contributes to (content handlers, menus, permissions, chapters, URL
/// providers, dashboard widgets, notice publishers, verbs ...) is re-registered so that resolving
/// <c>IEnumerable&lt;T&gt;</c> (or <c>T</c>) yields only the host's and the enabled modules' services, checked at
/// every enumeration, so a module switched on or off at run time is followed at once. No consumer checks
/// module state itself. Lifecycle code (migrations, start-up checks) reads everything through <see cref="All{T}"/>.
/// </summary>
public sealed class ModuleContributions
{
    // Migrations run for a module while it is being enabled: the module manager picks them by owner itself.
    private static readonly HashSet<Type> Unfiltered = [typeof(Data.IDataMigration)];

    private readonly Dictionary<ServiceDescriptor, string> owners = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<Type, IReadOnlyList<Entry>> entries = new();

    private sealed record Entry(string? ModuleId, object Key);

    private sealed record ContributionKey(Type ServiceType, int Index);

    /// <summary>Runs a module's registrations, remembering which descriptors are its own.</summary>
    public void Register(IServiceCollection services, string moduleId, Action<IServiceCollection> configure)
    {
        var before = services.Count;
        configure(services);
        for (var i = before; i < services.Count; i++) owners[services[i]] = moduleId;
    }

    /// <summary>Just before the container is built (test registrations included): moves contributions behind the filter.</summary>
    public void Apply(IServiceCollection services)
    {
        var abstractions = typeof(IModuleState).Assembly;
        var points = services.Where(d => !d.IsKeyedService && owners.ContainsKey(d) && d.ServiceType.Assembly == abstractions
                && !d.ServiceType.IsGenericTypeDefinition && !Unfiltered.Contains(d.ServiceType))
            .Select(d => d.ServiceType).Distinct().ToList();
        foreach (var type in points)
        {
            var list = new List<Entry>();
            for (var i = 0; i < services.Count; i++)
            {
                var d = services[i];
                if (d.IsKeyedService || d.ServiceType != type) continue;
                var key = new ContributionKey(type, list.Count);
                services[i] = Keyed(d, key);
                list.Add(new Entry(owners.GetValueOrDefault(d), key));
            }
            entries[type] = list;
            var enumerable = typeof(EnabledServices<>).MakeGenericType(type);
            services.AddTransient(typeof(IEnumerable<>).MakeGenericType(type),
                sp => Activator.CreateInstance(enumerable, sp, list, sp.GetRequiredService<IModuleState>())!);
            // A single T resolves the last enabled one, as the container would.
            services.AddTransient(type, sp => ((IEnumerable)sp.GetRequiredService(typeof(IEnumerable<>).MakeGenericType(type)))
                .Cast<object>().LastOrDefault()!);
        }
    }

    /// <summary>Every contribution, enabled or not (module lifecycle and start-up validation only).</summary>
    public IReadOnlyList<T> All<T>(IServiceProvider services) where T : class =>
        entries.TryGetValue(typeof(T), out var list)
            ? list.Select(e => (T)services.GetRequiredKeyedService(typeof(T), e.Key)).ToList()
            : services.GetServices<T>().ToList();

    private static ServiceDescriptor Keyed(ServiceDescriptor d, object key) =>
        d.ImplementationInstance is { } instance ? new ServiceDescriptor(d.ServiceType, key, instance)
        : d.ImplementationFactory is { } factory ? new ServiceDescriptor(d.ServiceType, key, (sp, _) => factory(sp), d.Lifetime)
        : new ServiceDescriptor(d.ServiceType, key, d.ImplementationType!, d.Lifetime);

    private sealed class EnabledServices<T>(IServiceProvider services, IReadOnlyList<Entry> list, IModuleState modules) : IEnumerable<T>
        where T : notnull
    {
        public IEnumerator<T> GetEnumerator()
        {
            foreach (var entry in list)
            {
                if (entry.ModuleId is null || modules.IsEnabled(entry.ModuleId))
                    yield return (T)services.GetRequiredKeyedService(typeof(T), entry.Key);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>Builds the container after <see cref="ModuleContributions.Apply"/>, with the host's usual validation.</summary>
public sealed class ModuleServiceProviderFactory(ModuleContributions contributions, ServiceProviderOptions options)
    : IServiceProviderFactory<IServiceCollection>
{
    public IServiceCollection CreateBuilder(IServiceCollection services) => services;

    public IServiceProvider CreateServiceProvider(IServiceCollection services)
    {
        contributions.Apply(services);
        return services.BuildServiceProvider(options);
    }
}
