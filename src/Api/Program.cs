using KtPortal.Api.Hosting;

return await PortalApplication.RunAsync(args);
