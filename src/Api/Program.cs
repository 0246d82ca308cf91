using KtPortal.Api.GraphQL;
using KtPortal.Api.Hosting;

return args is ["schema", .. var rest]
    ? await SchemaExport.RunAsync(rest)
    : await PortalApplication.RunAsync(args);
